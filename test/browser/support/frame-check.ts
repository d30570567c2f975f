// axe-core over the tab inside the Teams host stand-in: the host page is not ours, so only the
// framed tab's violations count. Photographs the host page (tab and all) under `name`.
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { animationsSettled, type A11yProblem } from './a11y.js';
import { screenshot } from './screenshots.js';

export async function checkTabFrame(page: Page, tab: Frame, name: string): Promise<A11yProblem[]> {
  await tab.getByRole('main').waitFor();
  await tab
    .locator('[role=progressbar]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await animationsSettled(page);
  const result = await new AxeBuilder({ page })
    .include('iframe#tab')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  await screenshot(page, name);
  return result.violations
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.filter((n) => n.target.length > 1).map((n) => n.target.join(' ')),
    }))
    .filter((v) => v.targets.length > 0);
}
