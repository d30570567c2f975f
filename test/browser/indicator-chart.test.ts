// The indicator page's chart, as a Leadership Team would present it (issue #19): it fills its
// column at 320, 1366 and 1920 px; every word on it (figures, months, years, ticks, the names of
// the target, benchmark and forecast lines) sits apart from every other and inside the picture;
// figures read as formatFigure writes them everywhere else (a £000 indicator in full pounds, a
// percentage with its sign); months are the domain's abbreviations ("Sep"); the ratings are
// shapes with a key; the lines are named in a legend; the chart has a table alternative; no
// sideways scrolling at 320 px; axe clean; still drawn in forced colours. The indicators are found
// in the demo data, not named. Photographed light and dark (test-artifacts/screenshots/chart-*).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { MONTH_NAMES } from '../../src/domain/periods/period.js';
import { formatFigure, inThousands } from '../../src/domain/values/format-value.js';
import type { IndicatorDetail } from '../../src/tab/features/indicator/index.js';
import type { IndicatorSummary } from '../../src/tab/shared/api/index.js';
import { SCREENSHOT_DIR, axeProblems, inkOf, screenshot, tabSuite } from './support/index.js';

const suite = tabSuite();
const leader = DEMO_PEOPLE_IDS.leadership;
const WIDTHS = [320, 1366, 1920] as const;
const MONTHS = new Set(MONTH_NAMES.map((m) => m.slice(0, 3)));

const detailOf = (code: string) =>
  suite.server.apiAs<IndicatorDetail>(leader, `/api/indicators/${code}`);

/** The hardest case in the demo: a percentage with benchmarks closest together, and figures. */
async function percentageWithBenchmarks(): Promise<IndicatorDetail> {
  const all = await suite.server.apiAs<IndicatorSummary[]>(leader, '/api/indicators');
  const spread = (i: IndicatorSummary) => {
    const v = i.benchmarks.map((b) => b.value);
    return Math.max(...v) - Math.min(...v);
  };
  const candidates = all
    .filter((i) => i.unit === 'percentage' && i.benchmarks.length >= 2)
    .sort((a, b) => spread(a) - spread(b));
  for (const c of candidates) {
    const d = await detailOf(c.code);
    if (d.history.filter((r) => r.value !== null).length >= 6) return d;
  }
  throw new Error('the demo council has no percentage indicator with benchmarks and figures');
}

/** A finance indicator kept in thousands of pounds ("(£000)" in its title), with figures. */
async function thousandsOfPounds(): Promise<IndicatorDetail> {
  const all = await suite.server.apiAs<IndicatorSummary[]>(leader, '/api/indicators');
  for (const c of all.filter((i) => inThousands(i))) {
    const d = await detailOf(c.code);
    if (d.history.some((r) => r.value !== null)) return d;
  }
  throw new Error('the demo council has no £000 indicator with figures');
}

async function openChart(code: string, width: number, theme: 'light' | 'dark') {
  const page = await suite.openAs(leader, theme, width);
  await page.evaluate((c) => (window.location.hash = `#/indicators/${c}`), code);
  const chart = page.getByRole('img', { name: `${code}: figures against target` });
  await chart.waitFor();
  return { page, chart };
}

interface Label {
  kind: string;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every word drawn on the chart, with its box on screen, and the chart's own box. */
function labelsOf(chart: Locator) {
  return chart.evaluate((svg) => {
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return {
      svg: box(svg.getBoundingClientRect()),
      column: (() => {
        // The content box of the column the chart's figure sits in.
        const col = svg.closest('figure')!.parentElement!;
        const css = getComputedStyle(col);
        return col.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
      })(),
      width: svg.getBoundingClientRect().width,
      labels: [...svg.querySelectorAll('text[data-label]')].map((t) => ({
        kind: t.getAttribute('data-label')!,
        text: t.textContent ?? '',
        ...box(t.getBoundingClientRect()),
      })),
    };
  });
}

function overlaps(labels: Label[]): string[] {
  const hits: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) hits.push(`${a.kind} "${a.text}" / ${b.kind} "${b.text}"`);
    }),
  );
  return hits;
}

function outside(labels: Label[], svg: Omit<Label, 'kind' | 'text'>): string[] {
  return labels
    .filter(
      (l) =>
        l.left < svg.left - 0.5 ||
        l.right > svg.right + 0.5 ||
        l.top < svg.top - 0.5 ||
        l.bottom > svg.bottom + 0.5,
    )
    .map((l) => `${l.kind} "${l.text}"`);
}

/** The checks every width and theme must pass; returns the labels for case-specific ones. */
async function expectPresentable(page: Page, chart: Locator, width: number): Promise<Label[]> {
  const drawn = await labelsOf(chart);
  expect(overlaps(drawn.labels), `overlaps at ${width}`).toEqual([]);
  expect(outside(drawn.labels, drawn.svg), `outside the chart at ${width}`).toEqual([]);
  // It fills its column (to the pixel, as it is drawn at the measured width).
  expect(drawn.width).toBeGreaterThanOrEqual(drawn.column - 1);
  // No sideways scrolling; if there is, the message names what sticks out.
  const wide = await page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= edge) return [];
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > edge + 0.5)
      .slice(0, 5)
      .map(
        (e) => `${e.tagName.toLowerCase()} ${e.className} "${(e.textContent ?? '').slice(0, 40)}"`,
      );
  });
  expect(wide, `sideways scroll at ${width}`).toEqual([]);
  return drawn.labels;
}

/** The chart with its legend and key, as a reader sees them together. */
async function photographChart(page: Page, chart: Locator, name: string): Promise<void> {
  const top = (await chart.locator('xpath=ancestor::figure').boundingBox())!;
  const key = (await page.getByRole('list', { name: 'Key to the ratings' }).boundingBox())!;
  await page.screenshot({
    path: `${SCREENSHOT_DIR}/${name}.png`,
    fullPage: true,
    clip: { x: top.x, y: top.y, width: top.width, height: key.y + key.height - top.y + 4 },
  });
}

describe('the indicator chart, presentable', () => {
  it('keeps benchmark names and figures apart and inside the chart at 320, 1366 and 1920 px', async () => {
    const d = await percentageWithBenchmarks();
    const code = d.indicator.code;
    const written = new Set(d.history.map((r) => formatFigure(r.value, d.indicator)));
    // The target, each benchmark and, if one was given, the forecast.
    const charted = d.history.slice(-12);
    const lineCount =
      d.indicator.benchmarks.length +
      (charted.some((r) => r.target !== null) ? 1 : 0) +
      (d.history.some((r) => r.forecast !== null) ? 1 : 0);
    for (const width of WIDTHS) {
      for (const theme of ['light', 'dark'] as const) {
        const { page, chart } = await openChart(code, width, theme);
        const labels = await expectPresentable(page, chart, width);
        const of = (k: string) => labels.filter((l) => l.kind === k).map((l) => l.text);
        // Figures as formatFigure writes them on the rest of the page, percentages with their sign.
        expect(of('value').length).toBeGreaterThan(0);
        for (const v of of('value')) expect(written, v).toContain(v);
        for (const t of of('tick')) expect(t).toMatch(/%$/);
        // Months as the domain abbreviates them ("Sep", never "Sept"), or the quarter.
        expect(of('period').length).toBeGreaterThanOrEqual(3);
        for (const p of of('period'))
          expect(MONTHS.has(p) || /^Q[1-4]$|^H[12]$/.test(p), p).toBe(true);
        // Wide enough, the lines are named on the chart itself; always, in the legend below it.
        if (width >= 1366) expect(of('line').length).toBe(lineCount);
        const legend = page.getByRole('list', { name: 'Lines on the chart' });
        for (const b of d.indicator.benchmarks)
          expect(await legend.textContent()).toContain(
            `${b.comparator} (${b.year}): ${formatFigure(b.value, d.indicator)}`,
          );
        expect(await axeProblems(page), `axe at ${width} ${theme}`).toEqual([]);
        await screenshot(page, `chart-indicator-${width}-${theme}`);
        await photographChart(page, chart, `chart-indicator-${width}-${theme}-chart`);
        await page.context().close();
      }
    }
  }, 240_000);

  it('writes a £000 indicator in full pounds, on the chart and in its table', async () => {
    const d = await thousandsOfPounds();
    const code = d.indicator.code;
    const { page, chart } = await openChart(code, 1366, 'light');
    const labels = await expectPresentable(page, chart, 1366);
    const values = labels.filter((l) => l.kind === 'value').map((l) => l.text);
    expect(values.length).toBeGreaterThan(0);
    const written = d.history.map((r) => formatFigure(r.value, d.indicator));
    for (const v of values) {
      expect(written).toContain(v);
      expect(v).toMatch(/^-?£\d{1,3}(,\d{3})+$/); // "£292,000", never "£292"
    }
    // The table alternative: every period in the chart, figures in the same words.
    await page.getByText("The chart's figures as a table").click();
    const table = page.getByRole('table', { name: `${code}: the figures in the chart` });
    const shown = Math.min(12, d.history.length);
    expect(await table.getByRole('row').count()).toBe(shown + 1);
    const latest = d.history.at(-1)!;
    const row = table.getByRole('row', { name: new RegExp(`^${latest.periodLabel}`) });
    expect(await row.getByRole('cell').first().textContent()).toBe(
      formatFigure(latest.value, d.indicator),
    );
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'chart-indicator-thousands-1366-light');
    await page.context().close();
  }, 90_000);

  it('is still drawn, with its words apart, in Windows forced colours', async () => {
    const d = await percentageWithBenchmarks();
    const code = d.indicator.code;
    for (const scheme of ['light', 'dark'] as const) {
      const page = await suite.openAs(leader, scheme, 1366, true);
      await page.evaluate((c) => (window.location.hash = `#/indicators/${c}`), code);
      const chart = page.getByRole('img', { name: `${code}: figures against target` });
      await chart.waitFor();
      expect(await inkOf(chart), scheme).toBeGreaterThan(0.01);
      // A figure's halo is the canvas, not a text-coloured stroke through its digits.
      const halo = await chart
        .locator('text[data-label="value"]')
        .first()
        .evaluate((t) => ({
          stroke: getComputedStyle(t).stroke,
          canvas: (() => {
            const probe = document.createElement('span');
            probe.style.color = 'Canvas';
            document.body.append(probe);
            const colour = getComputedStyle(probe).color;
            probe.remove();
            return colour;
          })(),
        }));
      expect(halo.stroke, scheme).toBe(halo.canvas);
      await expectPresentable(page, chart, 1366);
      await chart.screenshot({ path: `${SCREENSHOT_DIR}/chart-indicator-forced-${scheme}.png` });
      await page.context().close();
    }
  }, 90_000);
});
