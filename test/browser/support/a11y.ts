// axe-core over the page as it stands, WCAG 2.1 A and AA rules plus best practice.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface A11yProblem {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Waits for every finite CSS transition and animation to end, in the page and in every frame (a
 * button's colours fade over about 100 ms when it is enabled again), so contrast is measured on
 * the colours a person then sees, not on a frame in between. Endless ones (spinners) run on.
 */
export async function animationsSettled(page: Page): Promise<void> {
  // Each frame has its own document's animations, and the tab in Teams runs in an iframe.
  await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() =>
          Promise.all(
            document
              .getAnimations()
              .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
              .map((a) => a.finished.catch(() => undefined)),
          ),
        )
        // A frame that navigates away while it is asked has nothing left to settle.
        .catch(() => undefined),
    ),
  );
}

export async function axeProblems(page: Page): Promise<A11yProblem[]> {
  await animationsSettled(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}
