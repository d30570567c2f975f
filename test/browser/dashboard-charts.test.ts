// The dashboard and the meeting stage designed for the room (issue #19): ratings by priority and by
// directorate as stacked bar charts, each an image with a name and a table alternative; the
// exceptions with their chart; a sparkline per indicator; Strong and Good in different hues; no
// sideways scrolling at 320 px; axe clean at 320 and 1920 px; the stage draws a large chart, one
// idea per view, the presenter moving between views. Photographed at 320, 1366, 1920 and 3840 px,
// light and dark (test-artifacts/screenshots/room-*.png).
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { Dashboard, RegisterView } from '../../src/tab/shared/api/index.js';
import {
  HOST_ORIGIN,
  axeProblems,
  checkTabFrame,
  routeTeamsHost,
  SCREENSHOT_DIR,
  inkOf,
  screenshot,
  tabSuite,
} from './support/index.js';

const suite = tabSuite();
const leader = DEMO_PEOPLE_IDS.leadership;
const CHARTS = ['Indicators by rating, by priority', 'Indicators by rating, by directorate'];

/** The latest month of the demo council with exceptions to chart, found in the data. */
async function monthWithExceptions(): Promise<Dashboard> {
  const { today } = await suite.server.apiAs<{ today: string }>(leader, '/api/today');
  const [y, m] = today.split('-').map(Number) as [number, number];
  for (let back = 1; back <= 24; back += 1) {
    const key = new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 7);
    const d = await suite.server.apiAs<Dashboard>(leader, `/api/dashboard?period=${key}`);
    if (d.exceptions.length > 0 && d.indicators.some((r) => r.trend.length > 1)) return d;
  }
  throw new Error('no month of the demo council has exceptions and a run of authorised figures');
}

async function openDashboard(width: number, theme: 'light' | 'dark', period: string) {
  const page = await suite.openAs(leader, theme, width);
  await page.evaluate((h) => (window.location.hash = h), `#/dashboard?period=${period}`);
  await page.getByRole('heading', { level: 1, name: /^Corporate health: / }).waitFor();
  await page.getByRole('img', { name: new RegExp(`^${CHARTS[0]}`) }).waitFor();
  return page;
}

/** Each chart is one named image, with a table of the same figures beside it. */
async function expectChartsWithTables(scope: Page | Frame, titles: string[]): Promise<void> {
  for (const title of titles) {
    expect(await scope.getByRole('img', { name: new RegExp(`^${title}: bar chart`) }).count()).toBe(
      1,
    );
    expect(await scope.getByRole('table', { name: title }).count()).toBe(1);
  }
}

describe('the dashboard for the room', () => {
  it('charts ratings by priority, directorate and the exceptions, each with its table', async () => {
    const d = await monthWithExceptions();
    const page = await openDashboard(1920, 'light', d.period.key);
    await expectChartsWithTables(page, [...CHARTS, 'Exceptions by directorate and rating']);
    // The chart's total per priority is the table's.
    const first = d.byPriority[0]!;
    const row = page
      .getByRole('table', { name: CHARTS[0] })
      .getByRole('row', { name: new RegExp(`^${first.name}`) });
    expect(await row.getByRole('cell').last().textContent()).toBe(String(first.counts.total));
    // A sparkline per indicator with a run of figures, its figures in its name.
    const trended = d.indicators.find((r) => r.trend.length > 1)!;
    const line = page
      .getByRole('table', { name: /^All indicators/ })
      .locator(`tr[data-code="${trended.code}"]`)
      .getByRole('img');
    expect(await line.getAttribute('aria-label')).toBe(
      `Last ${trended.trend.length} figures, from ${trended.trend[0]!.valueText} (${trended.trend[0]!.periodLabel}) to ${trended.trend.at(-1)!.valueText} (${trended.trend.at(-1)!.periodLabel})`,
    );
    // Full width: the charts reach past the middle of a 1920 px screen.
    const box = await page.getByRole('img', { name: new RegExp(`^${CHARTS[1]}`) }).boundingBox();
    expect(box!.x + box!.width).toBeGreaterThan(1200);
    expect(await axeProblems(page), 'axe at 1920').toEqual([]);
    await screenshot(page, 'room-dashboard-1920-light');
    await page.context().close();
  }, 90_000);

  it('draws Strong and Good in different hues', async () => {
    const d = await monthWithExceptions();
    const page = await openDashboard(1366, 'light', d.period.key);
    const fills = await page
      .getByRole('list', { name: 'Key to the chart' })
      .first()
      .getByRole('listitem')
      .evaluateAll((items) =>
        Object.fromEntries(
          items.map((li) => [li.textContent, getComputedStyle(li.querySelector('svg *')!).fill]),
        ),
      );
    if (fills.Strong && fills.Good) expect(fills.Strong).not.toBe(fills.Good);
    expect(Object.keys(fills).length).toBeGreaterThan(1);
    await page.context().close();
  }, 60_000);

  it('still draws its charts in Windows forced colours, light and dark', async () => {
    const d = await monthWithExceptions();
    for (const scheme of ['light', 'dark'] as const) {
      const page = await suite.openAs(leader, scheme, 1366, true);
      await page.evaluate((h) => (window.location.hash = h), `#/dashboard?period=${d.period.key}`);
      const chart = page.getByRole('img', { name: new RegExp(`^${CHARTS[0]}`) });
      await chart.waitFor();
      expect(await inkOf(chart), scheme).toBeGreaterThan(0.05);
      await chart.screenshot({ path: `${SCREENSHOT_DIR}/room-chart-forced-${scheme}.png` });
      await page.context().close();
    }
  }, 60_000);

  it('fits a 320 px side panel without scrolling sideways, axe clean', async () => {
    const d = await monthWithExceptions();
    const page = await openDashboard(320, 'light', d.period.key);
    await expectChartsWithTables(page, CHARTS);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(await axeProblems(page), 'axe at 320').toEqual([]);
    await screenshot(page, 'room-dashboard-320-light');
    await page.context().close();
  }, 60_000);

  it('is photographed at every size, light and dark', async () => {
    const d = await monthWithExceptions();
    for (const [width, theme] of [
      [320, 'dark'],
      [1366, 'light'],
      [1366, 'dark'],
      [1920, 'dark'],
      [3840, 'light'],
    ] as const) {
      const page = await openDashboard(width, theme, d.period.key);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      await screenshot(page, `room-dashboard-${width}-${theme}`);
      // What fits on the screen, at the top and at the charts: what a reader sees first.
      await page.screenshot({ path: `${SCREENSHOT_DIR}/room-dashboard-${width}-${theme}-top.png` });
      await page
        .getByRole('heading', { name: 'Ratings by priority and directorate' })
        .scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 200));
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/room-dashboard-${width}-${theme}-charts.png`,
      });
      await page.context().close();
    }
  }, 120_000);
});

/** The stage once its figures are on it (a reload on the viewer's permissions included). */
async function settled(tab: Frame): Promise<void> {
  await tab.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
  await tab
    .locator('[role=progressbar]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await tab.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
}

async function openStage(width: number, theme: 'default' | 'dark', period: string) {
  const context = await suite.browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width, height: Math.round((width * 9) / 16) },
  });
  await routeTeamsHost(
    context,
    suite.server.url,
    {
      frameContext: 'meetingStage',
      theme,
      token: 'unused-in-local-mode',
      tabPath: `/?context=meeting#/dashboard?period=${period}`,
      width,
    },
    { 'x-gt-user': leader },
  );
  const page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/_stand-in`);
  const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!tab) throw new Error('the tab frame did not load');
  await settled(tab);
  return { page, tab };
}

describe('the meeting stage', () => {
  it('moves one view at a time and draws a large chart with its table', async () => {
    const d = await monthWithExceptions();
    const { page, tab } = await openStage(1920, 'default', d.period.key);
    const views = tab.getByRole('navigation', { name: 'Stage views' });
    // This month: the totals and the exceptions, and the persistent list is not repeated here.
    expect(await tab.getByRole('heading', { name: /^Persistent under-performance/ }).count()).toBe(
      0,
    );
    expect(await checkTabFrame(page, tab, 'room-stage-1920-summary')).toEqual([]);
    await views.getByRole('button', { name: 'Next view' }).click();
    await tab.getByRole('heading', { level: 2, name: CHARTS[0] }).waitFor();
    expect(await tab.getByRole('heading', { name: /^Exceptions \(/ }).count()).toBe(0);
    expect(
      await tab.getByRole('img', { name: new RegExp(`^${CHARTS[0]}: bar chart`) }).count(),
    ).toBe(1);
    expect(await tab.getByRole('table', { name: `${CHARTS[0]}: the figures` }).count()).toBe(1);
    expect(
      await views.getByRole('link', { name: 'By priority' }).getAttribute('aria-current'),
    ).toBe('step');
    expect(await tab.evaluate(() => window.location.hash)).toContain('view=priorities');
    // Large: a bar on the stage is at least twice a dashboard bar's height.
    const bar = await tab
      .getByRole('img', { name: new RegExp(`^${CHARTS[0]}`) })
      .locator('svg')
      .first()
      .boundingBox();
    expect(bar!.height).toBeGreaterThanOrEqual(56);
    expect(await checkTabFrame(page, tab, 'room-stage-1920-priorities')).toEqual([]);
    await views.getByRole('button', { name: 'Next view' }).click();
    await tab.getByRole('heading', { level: 2, name: CHARTS[1] }).waitFor();
    await views.getByRole('button', { name: 'Next view' }).click();
    await tab.getByRole('heading', { level: 2, name: /^Persistent under-performance/ }).waitFor();
    // The risk views come last (issue 17): the heat map and the risks above tolerance, then the
    // register with its filters, which ride in the hash the stage sync relays.
    await views.getByRole('button', { name: 'Next view' }).click();
    await tab.getByRole('heading', { level: 2, name: /^Above tolerance \(/ }).waitFor();
    await views.getByRole('button', { name: 'Next view' }).click();
    const register = await suite.server.apiAs<RegisterView>(leader, '/api/risks');
    const above = await suite.server.apiAs<RegisterView>(leader, '/api/risks?aboveTolerance=true');
    expect(above.risks.length).toBeGreaterThan(0);
    expect(above.risks.length).toBeLessThan(register.risks.length);
    const registerRows = tab.locator('table[data-register] tbody tr');
    await tab
      .getByRole('heading', { level: 2, name: `The risk register (${register.risks.length})` })
      .waitFor();
    expect(await registerRows.count()).toBe(register.risks.length);
    await tab.getByRole('checkbox', { name: 'Above tolerance' }).check();
    await tab
      .getByRole('heading', { level: 2, name: `The risk register (${above.risks.length})` })
      .waitFor();
    expect(await registerRows.count()).toBe(above.risks.length);
    expect(await tab.evaluate(() => window.location.hash)).toMatch(/view=register.*above=yes/);
    expect(await checkTabFrame(page, tab, 'room-stage-1920-register')).toEqual([]);
    await screenshot(page, 'room-stage-1920-register');
    expect(await views.getByRole('button', { name: 'Next view' }).isDisabled()).toBe(true);
    await page.context().close();
  }, 90_000);

  it('is photographed at 1920 and 3840 px, light and dark', async () => {
    const d = await monthWithExceptions();
    for (const [width, theme] of [
      [1920, 'dark'],
      [3840, 'default'],
      [3840, 'dark'],
    ] as const) {
      const { page, tab } = await openStage(width, theme, d.period.key);
      await screenshot(page, `room-stage-${width}-${theme}-summary`);
      const next = tab.getByRole('navigation', { name: 'Stage views' }).getByRole('button', {
        name: 'Next view',
      });
      await next.click();
      await tab.getByRole('heading', { level: 2, name: CHARTS[0] }).waitFor();
      await screenshot(page, `room-stage-${width}-${theme}-priorities`);
      await next.click();
      await tab.getByRole('heading', { level: 2, name: CHARTS[1] }).waitFor();
      await screenshot(page, `room-stage-${width}-${theme}-directorates`);
      await page.context().close();
    }
  }, 120_000);
});
