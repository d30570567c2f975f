import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(
  import.meta.dirname,
  '../../../test-artifacts/screenshots',
);

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The page photographed at each width (a 320 px side panel, a laptop, a big screen) for a person
 * to look at, checking at each that nothing is wider than the screen: no sideways scrolling.
 */
export async function photographWidths(
  page: Page,
  name: string,
  widths: readonly number[] = [320, 1366, 1920],
): Promise<void> {
  const restore = page.viewportSize();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${width}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > width) throw new Error(`${name} is ${wide} px wide at ${width} px`);
  }
  if (restore) await page.setViewportSize(restore);
}
