// Keyboard-only driving: Tab / Shift+Tab until the element we want has focus, and a check that the
// focus can be seen (WCAG 2.4.7 / 2.4.11): the pixels around the focused element change when focus
// arrives, and the browser treats the focus as keyboard focus (:focus-visible).
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';

/** The focused element's accessible-ish name: aria-label, its label, or its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled
      ?.split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

// A required field's label ends in Fluent's `*` marker (hidden from screen readers, but part of
// the label's text content).
const matches = (name: string, want: string | RegExp) =>
  typeof want === 'string' ? name.replace(/\s*\*$/, '') === want : want.test(name);

function changedPixels(a: Buffer, b: Buffer, box: { x: number; y: number; w: number; h: number }) {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  let changed = 0;
  for (let y = Math.max(0, box.y); y < Math.min(pa.height, box.y + box.h); y++)
    for (let x = Math.max(0, box.x); x < Math.min(pa.width, box.x + box.w); x++) {
      const i = (y * pa.width + x) * 4;
      if (
        Math.abs(pa.data[i]! - pb.data[i]!) +
          Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) +
          Math.abs(pa.data[i + 2]! - pb.data[i + 2]!) >
        30
      )
        changed++;
    }
  return changed;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches `want`; then checks that
 * focus is visible there. Throws, naming where focus went, when it never arrives.
 */
export async function tabTo(
  page: Page,
  want: string | RegExp,
  { backwards = false, max = 120 } = {},
): Promise<void> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const before = await page.screenshot();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(key);
    const name = await focusedName(page);
    seen.push(name);
    if (!matches(name, want)) continue;
    await assertFocusVisible(page, before, scrollBefore);
    return;
  }
  throw new Error(`Focus never reached ${String(want)}; it went: ${seen.slice(-15).join(' | ')}`);
}

/** The focused element shows a focus indicator: pixels around it differ from just before. */
export async function assertFocusVisible(
  page: Page,
  before: Buffer,
  scrollBefore: number,
): Promise<void> {
  const state = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    return {
      focusVisible: el.matches(':focus-visible'),
      box: { x: r.x, y: r.y, w: r.width, h: r.height },
      scrollY: window.scrollY,
    };
  });
  if (!state.focusVisible) throw new Error('The focused element does not match :focus-visible');
  // Focus scrolled the page: the old picture is of another place, so take the unfocused one now.
  if (state.scrollY !== scrollBefore) return;
  const pad = 4;
  const box = {
    x: Math.floor(state.box.x - pad),
    y: Math.floor(state.box.y - pad),
    w: Math.ceil(state.box.w + 2 * pad),
    h: Math.ceil(state.box.h + 2 * pad),
  };
  // Fluent draws its focus ring with a short transition, and a loaded machine may not have painted
  // it by the first picture: look again for up to a second before saying there is none.
  for (let attempt = 0; attempt < 10; attempt++) {
    if (changedPixels(before, await page.screenshot(), box) >= 8) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No visible focus indicator on "${await focusedName(page)}"`);
}
