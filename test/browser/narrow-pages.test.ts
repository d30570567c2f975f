// At 320 px (a phone, the meeting side panel's width) no page scrolls sideways: wide tables scroll
// inside their own frame, and nothing placed absolutely (visually hidden words included) escapes it.
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { tabSuite } from './support/index.js';

const suite = tabSuite();

const PAGES: [string, RegExp][] = [
  ['#/dashboard', /^Corporate health: /],
  ['#/strategy-map', /^Strategy map$/],
  ['#/my-work', /^My work/],
  ['#/reports', /^Reports/],
];

describe('pages at 320 px', () => {
  it('never scroll sideways', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.leadership, 'light', 320);
    const widths: Record<string, number> = {};
    for (const [hash, heading] of PAGES) {
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .locator('[role=progressbar]')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => {});
      widths[hash] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(widths).toEqual(Object.fromEntries(PAGES.map(([h]) => [h, 320])));
    await page.context().close();
  }, 90_000);
});
