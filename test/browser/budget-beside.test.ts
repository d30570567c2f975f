// The budget beside performance in the tab (issue 17): the dashboard's directorate rows carry the
// forecast variance in words beside their rating counts, with the council's total, the same words
// as the API; a directorate links to its golden thread, where its budget panel stands beside its
// ratings with each service's commentary; a service's thread shows the service's own figures and
// keeps its filter in the address; with no budget lines the dashboard still loads and says so.
// The quarter, directorates and services are found in the data (the demo council is built from
// the suite's clock). Axe clean in light, dark, Windows forced colours and Teams' contrast theme;
// photographed at 320, 1366 and 1920 px.
import { mkdirSync } from 'node:fs';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BudgetPositionView, Dashboard } from '../../src/api/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { budgetQuarter } from '../../src/domain/budget/index.js';
import { checkTabFrame, openFramedAs, tabSuite } from './support/index.js';

const suite = tabSuite();
const leader = DEMO_PEOPLE_IDS.leadership;
const SHOTS = '/tmp/gt/shots';

/** The latest quarter finance has closed, and the dashboard month that ends it. */
async function latest(): Promise<{ position: BudgetPositionView; month: string }> {
  const position = await suite.server.apiAs<BudgetPositionView>(leader, '/api/budget');
  const month = budgetQuarter(position.year, position.quarter).end.slice(0, 7);
  return { position, month };
}

async function shots(page: Page, part: Locator, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [320, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await part.screenshot({ path: `${SHOTS}/budget-${name}-${width}.png` });
    // No sideways scrolling of the page, even in a 320 px side panel (wide tables scroll in a box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

const section = (scope: Page | Frame) => scope.locator('[data-budget-beside]');

async function openDashboard(page: Page | Frame, month: string) {
  await page.evaluate((h) => (window.location.hash = h), `#/dashboard?period=${month}`);
  await section(page).getByRole('table').waitFor();
}

describe('the budget beside performance', () => {
  it('puts each directorate’s variance in words beside its ratings on the dashboard, and a council total', async () => {
    const { position, month } = await latest();
    const d = await suite.server.apiAs<Dashboard>(leader, `/api/dashboard?period=${month}`);
    expect(d.budget.shown).toBe(true);
    const page = await suite.openAs(leader, 'light', 1366);
    await openDashboard(page, month);
    await page
      .getByRole('heading', {
        level: 2,
        name: `Budget beside the ratings: ${position.periodLabel}`,
      })
      .waitFor();
    for (const dir of position.directorates) {
      const row = section(page).locator(`tr[data-directorate="${dir.directorateId}"]`);
      const text = await row.textContent();
      expect(text).toContain(dir.text.position);
      expect(text).toContain(dir.text.forecastOutturn);
      expect(text).toContain(dir.text.currentBudget);
      // Its rating counts in the same row: the total is the dashboard's for that directorate.
      const rated = d.byDirectorate.find((r) => r.id === dir.directorateId)!;
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells).toContain(String(rated.counts.total));
    }
    const total = section(page).getByRole('row', { name: /^Council total/ });
    expect(await total.textContent()).toContain(position.council.text.position);
    // Overspends are said in words, not by colour: the words follow the API's.
    const over = position.directorates.filter((x) => x.words === 'Overspend').length;
    expect(
      await section(page)
        .getByText(/over tolerance$/)
        .count(),
    ).toBe(over + (position.council.words === 'Overspend' ? 1 : 0));
    await suite.check(page, 'budget-dashboard-light-1366');
    await shots(page, section(page), 'dashboard');
    for (const [theme, forced] of [
      ['dark', false],
      ['light', true],
      ['dark', true],
    ] as const) {
      const other = await suite.openAs(leader, theme, 1366, forced);
      await openDashboard(other, month);
      const name = `dashboard-${theme}${forced ? '-forced' : ''}-1366`;
      await suite.check(other, `budget-${name}`);
      await section(other).screenshot({ path: `${SHOTS}/budget-${name}.png` });
      await other.context().close();
    }
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('opens a directorate’s golden thread from the dashboard with its budget beside its ratings', async () => {
    const { position, month } = await latest();
    // The directorate with the most services, so its table has something to say.
    const dir = [...position.directorates].sort(
      (a, b) => b.services.length - a.services.length,
    )[0]!;
    const page = await suite.openAs(leader, 'light', 1366);
    await openDashboard(page, month);
    await section(page).getByRole('link', { name: dir.name }).click();
    const panel = page.locator('[data-budget-panel]');
    await panel.getByRole('heading', { name: `${dir.name}: ratings and budget` }).waitFor();
    expect(page.url()).toContain(`directorate=${encodeURIComponent(dir.directorateId)}`);
    expect(await page.getByLabel('Directorate').inputValue()).toBe(dir.directorateId);
    const text = await panel.textContent();
    for (const words of [
      `Budget, ${position.periodLabel}`,
      dir.text.currentBudget,
      dir.text.actualToDate,
      dir.text.forecastOutturn,
      dir.text.position,
    ])
      expect(text).toContain(words);
    // The ratings beside it are those of the thread shown: its indicators' total.
    expect(text).toMatch(/Ratings, .+\d+ indicators?: /);
    const services = panel.getByRole('list', { name: 'By service' }).getByRole('listitem');
    expect(await services.count()).toBe(dir.services.length);
    for (const s of dir.services) {
      const item = (await panel.locator(`li[data-service="${s.serviceId}"]`).textContent())!;
      expect(item).toContain(
        `${s.name}: forecast outturn ${s.text.forecastOutturn}, ${s.text.position}.`,
      );
      for (const l of s.lines) expect(item).toContain(l.commentary);
    }
    await suite.check(page, 'budget-directorate-light-1366');
    await shots(page, panel, 'directorate');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('shows a service’s own figures and commentary, kept in the address across a reload', async () => {
    const { position } = await latest();
    // An overspending service if there is one, else any: its words must say so.
    const all = position.directorates.flatMap((x) => x.services);
    const service = all.find((s) => s.words === 'Overspend') ?? all[0]!;
    const page = await suite.openAs(leader, 'dark', 1366);
    await page.evaluate(() => (window.location.hash = '#/golden-thread'));
    await page.getByRole('list', { name: 'The golden thread' }).waitFor();
    expect(await page.locator('[data-budget-panel]').count()).toBe(0);
    await page.getByLabel('Service').selectOption(service.serviceId);
    const panel = page.locator('[data-budget-panel]');
    await panel.getByRole('heading', { name: `${service.name}: ratings and budget` }).waitFor();
    await page.reload();
    await panel.getByRole('heading', { name: `${service.name}: ratings and budget` }).waitFor();
    expect(await page.getByLabel('Service').inputValue()).toBe(service.serviceId);
    const text = (await panel.textContent())!;
    expect(text).toContain(service.text.forecastOutturn);
    expect(text).toContain(service.text.position);
    if (service.words === 'Overspend') expect(text).toContain('over tolerance');
    for (const l of service.lines) expect(text).toContain(`Commentary: ${l.commentary}`);
    await suite.check(page, 'budget-service-dark-1366');
    await shots(page, panel, 'service');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it("reads in Teams' contrast theme", async () => {
    const { month } = await latest();
    const { page, tab } = await openFramedAs(suite.browser, suite.server.url, leader, {
      frameContext: 'content',
      width: 1366,
      theme: 'contrast',
      tabPath: `/?context=personal#/dashboard?period=${month}`,
    });
    await tab.locator('[data-theme="contrast"]').waitFor();
    await section(tab).getByRole('table').waitFor();
    expect(await checkTabFrame(page, tab, 'budget-dashboard-contrast-1366')).toEqual([]);
    await section(tab).screenshot({ path: `${SHOTS}/budget-dashboard-contrast-1366.png` });
    await page.context().close();
  }, 120_000);

  // Last: it takes every budget line away from the suite's council.
  it('still shows the dashboard, saying so, when finance has imported no budget lines', async () => {
    const { month } = await latest();
    const store = suite.server.deps.store;
    const lines = await store.query('budgetLines');
    await store.writeMany(
      lines.map((l) => ({ kind: 'delete', list: 'budgetLines', id: l.id, version: l.version })),
      { actorId: 'system', channel: 'import' },
    );
    const page = await suite.openAs(leader, 'light', 1366);
    await page.evaluate((h) => (window.location.hash = h), `#/dashboard?period=${month}`);
    await section(page)
      .getByText(/^No budget lines for this quarter: /)
      .waitFor();
    await section(page).screenshot({ path: `${SHOTS}/budget-none-dashboard.png` });
    await page.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
    const directorate = (
      await suite.server.apiAs<Dashboard>(leader, `/api/dashboard?period=${month}`)
    ).byDirectorate[0]!;
    await page.evaluate(
      (id) => (window.location.hash = `#/golden-thread?directorate=${id}`),
      directorate.id,
    );
    const panel = page.locator('[data-budget-panel]');
    await panel
      .getByText('No budget lines for this quarter: finance has imported none yet.')
      .waitFor();
    await panel.getByRole('heading', { name: `${directorate.name}: ratings and budget` }).waitFor();
    await suite.check(page, 'budget-none-light-1366');
    await panel.screenshot({ path: `${SHOTS}/budget-none-panel.png` });
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);
});
