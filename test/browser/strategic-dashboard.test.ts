// The Strategic dashboard page in the tab (issue 17): the Leadership Team sees the dashboard as at
// today with the API's counts, key development areas, risks above tolerance and budget words, and
// picks an earlier edition from the history (the address follows, so the channel card's link opens
// the same page); the Reports page makes its PDF for an edition; an officer is shown neither the
// link nor the report, and the page says why. People and dates are found in the data (the demo is
// built from the suite's clock). Axe clean in light, dark, Windows forced colours and Teams'
// contrast theme; photographed at 320, 1366 and 1920 px.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EditionsView, StrategicDashboardView } from '../../src/api/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { checkTabFrame, openInTeams, tabSuite } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots';

async function personWith(role: 'leadership' | 'officer'): Promise<string> {
  const people = await suite.server.deps.store.query('people');
  const fits = (roles: string[]) =>
    role === 'leadership' ? roles.includes('leadership') : roles.join() === 'officer';
  return people.find((p) => fits(p.fields.roles) && suite.names.has(p.id))!.id;
}

async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [320, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    // The layout at the new width before the photograph (a full-page shot taken at once can
    // catch the page still at its old width).
    await page.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    await page.screenshot({ path: `${SHOTS}/strategic-${name}-${width}.png`, fullPage: true });
    // Nothing wider than the screen: no sideways scrolling of the page, even at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

describe('the Strategic dashboard page', () => {
  it('shows the dashboard as at today with the API’s figures, and an earlier edition on request', async () => {
    const me = await personWith('leadership');
    const today = await suite.server.apiAs<StrategicDashboardView>(me, '/api/strategic-dashboard');
    const { editions } = await suite.server.apiAs<EditionsView>(
      me,
      '/api/strategic-dashboard/editions',
    );
    expect(editions.length).toBeGreaterThan(2);
    const page = await suite.openAs(me);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Strategic' })
      .click();
    await heading(page, 'Strategic dashboard').waitFor();
    await page.getByText(`As at ${today.asAtText}`, { exact: true }).waitFor();
    const tiles = page.getByRole('list', { name: 'Indicators by rating' }).getByRole('listitem');
    expect(await tiles.allInnerTexts()).toEqual(
      today.headline.map((h) => expect.stringContaining(`${h.count}`)),
    );
    const areas = page.getByRole('list', { name: 'Indicators, worst first' }).getByRole('listitem');
    await expect.poll(() => areas.count()).toBe(today.keyDevelopmentAreas.indicators.length);
    const first = today.keyDevelopmentAreas.indicators[0]!;
    expect(await areas.first().innerText()).toContain(first.rating.label);
    expect(await areas.first().innerText()).toContain(first.commentary);
    const actions = page
      .getByRole('list', { name: 'Key actions, worst first' })
      .getByRole('listitem');
    expect(await actions.count()).toBe(today.keyDevelopmentAreas.keyActions.length);
    for (const r of today.risks.aboveTolerance)
      await page.getByRole('row', { name: new RegExp(`^${r.code} `) }).waitFor();
    for (const d of today.budget!.directorates)
      await page.getByText(d.sentence, { exact: false }).first().waitFor();
    await suite.check(page, 'strategic-light-1280');
    await shots(page, 'today');

    // An earlier edition from the history: the address follows, for the channel card's link.
    const older = editions[2]!;
    await page.getByLabel('Edition').selectOption(older.date);
    await page.locator('strong', { hasText: `Edition of ${older.text}` }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/strategic?asAt=${older.date}`);
    const then = await suite.server.apiAs<StrategicDashboardView>(
      me,
      `/api/strategic-dashboard?asAt=${older.date}`,
    );
    await page.getByText(then.headlineSentence).waitFor();
    await shots(page, 'edition');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('makes the report for an edition on the Reports page', async () => {
    const me = await personWith('leadership');
    const page = await suite.openAs(me);
    await page.evaluate(() => (window.location.hash = '#/reports'));
    const card = page.getByRole('region', { name: 'Strategic dashboard' });
    await card.waitFor();
    const { editions } = await suite.server.apiAs<EditionsView>(
      me,
      '/api/strategic-dashboard/editions',
    );
    await card.getByLabel('Edition').selectOption(editions[1]!.date);
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'PDF', exact: true }).click();
    expect((await download).suggestedFilename()).toBe(
      `strategic-dashboard-${editions[1]!.date}.pdf`,
    );
    await suite.check(page, 'strategic-reports-1280');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('shows an officer neither the link nor the report, and says why on the page', async () => {
    const me = await personWith('officer');
    const page = await suite.openAs(me);
    await heading(page, 'My work').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Strategic' }).count()).toBe(0);
    await page.evaluate(() => (window.location.hash = '#/reports'));
    await page.getByRole('region', { name: 'Quarterly Performance Report' }).waitFor();
    expect(await page.getByRole('region', { name: 'Strategic dashboard' }).count()).toBe(0);
    await page.evaluate(() => (window.location.hash = '#/strategic'));
    await page.getByText(/only the Leadership Team and the performance team may see it/).waitFor();
    await suite.check(page, 'strategic-officer-1280');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('reads in the dark theme, in Windows forced colours and in Teams’ contrast theme', async () => {
    const me = await personWith('leadership');
    for (const [theme, forced] of [
      ['dark', false],
      ['light', true],
      ['dark', true],
    ] as const) {
      const page = await suite.openAs(me, theme, 1280, forced);
      await page.evaluate(() => (window.location.hash = '#/strategic'));
      await page.getByRole('list', { name: 'Indicators by rating' }).waitFor();
      await suite.check(page, `strategic-${theme}${forced ? '-forced' : ''}-1280`);
      await page.context().close();
    }
    expect(suite.problems).toEqual({});

    const context = await suite.browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    const tab = await openInTeams(
      page,
      suite.server.url,
      {
        frameContext: 'content',
        theme: 'contrast',
        tabPath: '/?context=personal#/strategic',
        token: 'unused-in-local-mode',
      },
      { 'x-gt-user': DEMO_PEOPLE_IDS.leadership },
    );
    await tab.locator('[data-theme="contrast"]').waitFor();
    await tab.getByRole('list', { name: 'Indicators by rating' }).waitFor();
    expect(await checkTabFrame(page, tab, 'strategic-teams-contrast-1366')).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/strategic-teams-contrast-1366.png`, fullPage: true });
    await context.close();
  }, 180_000);
});
