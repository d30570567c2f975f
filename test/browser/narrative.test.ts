// The dashboard opens with its narrative summary (issue #19, item 5): the sentences the API gives
// are shown as a list under "Key points", before the counts, in a 320 px side panel (no sideways
// scrolling) and on a 1366 px laptop, axe clean. Photographed at both widths
// (test-artifacts/screenshots/narrative-dashboard-*.png).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { Dashboard } from '../../src/tab/shared/api/index.js';
import { axeProblems, SCREENSHOT_DIR, tabSuite } from './support/index.js';

const suite = tabSuite();
const leader = DEMO_PEOPLE_IDS.leadership;

describe('the dashboard’s narrative summary', () => {
  for (const width of [320, 1366]) {
    it(`lists every sentence first, at ${width} px`, async () => {
      const d = await suite.server.apiAs<Dashboard>(leader, '/api/dashboard');
      expect(d.narrative.length).toBeGreaterThanOrEqual(3);
      const page = await suite.openAs(leader, 'light', width);
      await page.evaluate((h) => (window.location.hash = h), `#/dashboard?period=${d.period.key}`);
      const heading = page.getByRole('heading', { level: 2, name: 'Key points' });
      await heading.waitFor();
      const section = page.getByRole('region', { name: 'Key points' });
      const items = section.getByRole('listitem');
      expect(await items.allTextContents()).toEqual(d.narrative);
      // Before the counts: the first thing after the page's notices.
      const totals = page.getByRole('heading', { level: 2, name: 'Indicators by rating' });
      expect((await heading.boundingBox())!.y).toBeLessThan((await totals.boundingBox())!.y);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      expect(await axeProblems(page), `axe at ${width}`).toEqual([]);
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `narrative-dashboard-${width}.png`),
        clip: { x: 0, y: 0, width, height: width < 600 ? 1400 : 900 },
        fullPage: true,
      });
      await page.context().close();
    }, 90_000);
  }
});
