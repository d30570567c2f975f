// The quartile on the indicator page (issue 16): for an indicator found in the demo data, a
// comparator group is given figures around the council's two latest authorised figures; the page
// then says the latest quartile in words with the group's average, lists each period in a table,
// draws the average on the chart and names it in the legend, at 320, 1366 and 1920 px, axe clean in
// light and dark; and the dashboard's indicator table says the same quartile. Photographed
// (test-artifacts/screenshots/benchmark-quartile-*).
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { formatFigure } from '../../src/domain/values/format-value.js';
import type { IndicatorDetail } from '../../src/tab/features/indicator/index.js';
import type { Dashboard, IndicatorSummary } from '../../src/tab/shared/api/index.js';
import { standAgainstNewGroup } from '../support/comparators.js';
import { SCREENSHOT_DIR, axeProblems, screenshot, tabSuite } from './support/index.js';

const suite = tabSuite();
const leader = DEMO_PEOPLE_IDS.leadership;

const detailOf = (code: string) =>
  suite.server.apiAs<IndicatorDetail>(leader, `/api/indicators/${code}`);

/** A ranked indicator (it has a polarity) with two authorised figures among the chart's periods. */
async function rankedWithFigures() {
  const all = await suite.server.apiAs<IndicatorSummary[]>(leader, '/api/indicators');
  for (const i of all.filter((x) => x.polarity !== 'none' && !x.contextOnly)) {
    const d = await detailOf(i.code);
    const figures = d.history
      .slice(-12)
      .filter((r) => r.state === 'authorised' && r.value !== null);
    if (figures.length >= 2) return { d, earlier: figures.at(-2)!, latest: figures.at(-1)! };
  }
  throw new Error('the demo council has no rated indicator with two authorised figures');
}

describe('the quartile on the indicator page', () => {
  it('says the quartile in words, with the group average, in a table and on the chart', async () => {
    const { d, earlier, latest } = await rankedWithFigures();
    const i = d.indicator;
    // A published average a little below the council's figure, as one would be when it is best.
    const average = earlier.value! * 0.95;
    await standAgainstNewGroup(suite.server.deps.store, i.id, [
      // Better than all 16: 1st of 17, the 1st quartile; a published average.
      { periodKey: earlier.periodKey, council: earlier.value!, better: 0, worse: 16, average },
      // 4 better, 12 worse: 5th of 17, ceil(20 / 17) = the 2nd quartile; the mean is shown.
      { periodKey: latest.periodKey, council: latest.value!, better: 4, worse: 12 },
    ]);
    const after = await detailOf(i.code);
    expect(after.benchmarks.map((b) => [b.periodKey, b.quartile, b.position, b.of])).toEqual([
      [earlier.periodKey, 1, 1, 17],
      [latest.periodKey, 2, 5, 17],
    ]);
    const mean = after.benchmarks[1]!.average;
    expect(mean.basis).toBe('mean');

    for (const width of [320, 1366, 1920]) {
      for (const theme of ['light', 'dark'] as const) {
        const page = await suite.openAs(leader, theme, width);
        await page.evaluate((c) => (window.location.hash = `#/indicators/${c}`), i.code);
        const section = page.getByRole('region', { name: 'Against comparators' });
        await section.waitFor();
        const text = (await section.textContent()) ?? '';
        expect(text).toContain(`Quartile (${latest.periodLabel})`);
        expect(text).toContain('2nd quartile of 16 Test nearest neighbours');
        expect(text).toContain('5th of 17, counting the council');
        expect(text).toContain("Test nearest neighbours: mean of the 16 members' figures");
        expect(text).toContain(mean.text);
        expect(text).toContain('the rating stays against target');
        // Each period in the table, the published average as it is and the mean said to be one.
        const table = section.getByRole('table');
        const rows = table.getByRole('row');
        expect(await rows.count()).toBe(3);
        const first = (await rows.nth(1).textContent()) ?? '';
        expect(first).toContain(earlier.periodLabel);
        expect(first).toContain(formatFigure(earlier.value, i));
        expect(first).toContain('1st quartile, 1st of 17');
        expect(first).toContain(formatFigure(average, i));
        const second = (await rows.nth(2).textContent()) ?? '';
        expect(second).toContain('2nd quartile, 5th of 17');
        expect(second).toContain(`${mean.text} (mean)`);
        // On the chart: the average drawn, and named with its figure in the legend.
        const chart = page.getByRole('img', { name: `${i.code}: figures against target` });
        await chart.waitFor();
        expect(await chart.locator('polyline[data-line="comparator"]').count()).toBe(1);
        const legend = page.getByRole('list', { name: 'Lines on the chart' });
        expect(await legend.textContent()).toContain(
          `Test nearest neighbours: mean of the 16 members' figures (${latest.periodLabel}): ${mean.text}`,
        );
        expect(await axeProblems(page), `axe at ${width} ${theme}`).toEqual([]);
        await screenshot(page, `benchmark-quartile-${width}-${theme}`);
        // The chart and the section together, as a reader looks from one to the other.
        const top = (await chart.locator('xpath=ancestor::figure').boundingBox())!;
        const end = (await section.boundingBox())!;
        await page.screenshot({
          path: `${SCREENSHOT_DIR}/benchmark-quartile-${width}-${theme}-chart.png`,
          fullPage: true,
          clip: { x: 0, y: top.y - 8, width, height: end.y + end.height - top.y + 16 },
        });
        await page.context().close();
      }
    }

    // The dashboard's indicator table: the latest quartile up to the row's period, with its period.
    const dashboard = await suite.server.apiAs<Dashboard>(leader, '/api/dashboard');
    const row = dashboard.indicators.find((r) => r.indicatorId === i.id)!;
    expect(row.quartile).toEqual({
      quartile: 2,
      words: '2nd quartile of 16 Test nearest neighbours',
      periodLabel: latest.periodLabel,
    });
    const page = await suite.openAs(leader, 'light', 1366);
    await page.evaluate(
      (k) => (window.location.hash = `#/dashboard?period=${k}`),
      dashboard.period.key,
    );
    const cell = page.locator(`tr[data-code="${i.code}"]`).first();
    await cell.waitFor();
    expect(await cell.textContent()).toContain(
      `2nd quartile of 16 Test nearest neighbours (${latest.periodLabel})`,
    );
    expect(await axeProblems(page), 'axe on the dashboard').toEqual([]);
    await cell.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/benchmark-quartile-dashboard-1366.png` });
    await page.context().close();
  }, 240_000);
});
