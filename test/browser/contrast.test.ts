// High contrast, both kinds. Windows forced colours (Playwright's `forcedColors: 'active'`, light
// and dark system palettes): the browser repaints text and backgrounds, so what it leaves alone —
// the SVG charts — must still be drawn, and the tab must follow the switch live. Teams' own
// contrast theme, sent through the SDK context by the host stand-in: the personal tab, the side
// panel and the stage. Every key page is checked with axe-core and photographed
// (test-artifacts/screenshots/contrast-*.png); ratings must read without colour.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { RATING_LABELS } from '../../src/domain/ratings/index.js';
import {
  HOST_ORIGIN,
  checkTabFrame,
  inkOf,
  inkShare,
  openPage,
  routeTeamsHost,
  signInAs,
  tabSuite,
  type A11yProblem,
  type HostOptions,
} from './support/index.js';

const suite = tabSuite();
const problems: Record<string, A11yProblem[]> = {};
// Every state the product can show on a tile (which ones appear depends on the demo's day), and
// the Total tile.
const RATING_WORDS = new RegExp(`^(${[...Object.values(RATING_LABELS), 'Total'].join('|')})`);

// The demo council's flagship indicator: monthly, with years of history to chart.
const CODE = 'WR01';

async function forcedContext(scheme: 'light' | 'dark'): Promise<BrowserContext> {
  return suite.browser.newContext({
    forcedColors: 'active',
    colorScheme: scheme,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
  });
}

/** Every rating tile says which rating it counts: colour (gone in forced colours) is not needed. */
async function expectWordedTiles(scope: Page | Frame): Promise<void> {
  const tiles = scope.getByRole('list', { name: 'Indicators by rating' }).getByRole('listitem');
  expect(await tiles.count()).toBeGreaterThan(2);
  for (const text of await tiles.allTextContents())
    expect(text.replace(/^[\d,]+/, '')).toMatch(RATING_WORDS);
}

async function inTeams(
  o: Omit<HostOptions, 'token'>,
  forced: boolean,
): Promise<{ page: Page; tab: Frame }> {
  const context = await suite.browser.newContext({
    forcedColors: forced ? 'active' : 'none',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: o.width ?? 1280, height: 900 },
  });
  // Local mode: the stand-in's proxy signs the tab in with the dev identity header.
  await routeTeamsHost(
    context,
    suite.server.url,
    { ...o, token: 'unused-in-local-mode' },
    {
      'x-gt-user': DEMO_PEOPLE_IDS.leadership,
    },
  );
  const page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/_stand-in`);
  const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!tab) throw new Error('the tab frame did not load');
  await tab.locator('[data-theme="contrast"]').waitFor();
  return { page, tab };
}

async function record(page: Page, tab: Frame, name: string): Promise<void> {
  const found = await checkTabFrame(page, tab, name);
  if (found.length) problems[name] = found;
}

describe('high contrast', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`follows Windows forced colours (${scheme} palette) on every key page`, async () => {
      const context = await forcedContext(scheme);
      const page = await context.newPage();
      await page.goto(suite.server.url);
      await signInAs(page, suite.names.get(DEMO_PEOPLE_IDS.responsibleOfficer)!);
      await page.locator('[data-forced-colors="active"]').waitFor();
      await page.getByRole('heading', { level: 2, name: /^To check \(/ }).waitFor();
      await suite.check(page, `contrast-forced-${scheme}-my-work`);

      await openPage(page, 'Dashboard');
      await page.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
      await expectWordedTiles(page);
      await suite.check(page, `contrast-forced-${scheme}-dashboard`);

      await openPage(page, 'Golden thread');
      await page.getByRole('list', { name: 'The golden thread' }).waitFor();
      await suite.check(page, `contrast-forced-${scheme}-golden-thread`);

      await page.goto(`${suite.server.url}/#/indicators/${CODE}`);
      const chart = page.getByRole('img', { name: `${CODE}: figures against target` });
      await chart.waitFor();
      // Lines, markers and labels in the system's text colour: a blank chart scores 0.
      expect(await inkOf(chart)).toBeGreaterThan(0.01);
      await suite.check(page, `contrast-forced-${scheme}-indicator`);

      // Windows high contrast switched off mid-session: the tab follows without a reload.
      await page.emulateMedia({ forcedColors: 'none' });
      await page.locator('[data-forced-colors]').waitFor({ state: 'detached' });
      await context.close();
      expect(suite.problems).toEqual({});
    }, 180_000);
  }

  it('keeps the set-up and reports pages usable in forced colours', async () => {
    const context = await forcedContext('dark');
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await signInAs(page, suite.names.get(DEMO_PEOPLE_IDS.admin)!);
    await page.locator('[data-forced-colors="active"]').waitFor();
    const pages: Array<[string, string | RegExp]> = [
      ['indicators', /^Indicators \(\d+\)$/],
      ['people', /^People and roles \(\d+\)$/],
      ['timetable', 'Return timetable'],
      ['rating-scheme', 'Rating scheme'],
      ['reminders', 'Reminder deliveries'],
    ];
    for (const [section, heading] of pages) {
      await page.goto(`${suite.server.url}/#/admin/${section}`);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      await suite.check(page, `contrast-forced-admin-${section}`);
    }
    await openPage(page, 'Reports');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    // The pointer is still on the link it clicked: its words must show (they were once drawn
    // black on the black backplate Windows puts behind text).
    const here = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' });
    await here.hover();
    const words = await here.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    expect(inkShare(await page.screenshot({ clip: words }))).toBeGreaterThan(0.05);
    // Each format is a real button with its name as text, so it survives the system palette.
    expect(await page.getByRole('button', { name: 'PDF', exact: true }).count()).toBeGreaterThan(1);
    await suite.check(page, 'contrast-forced-reports');
    await context.close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it("follows Teams' contrast theme in the personal tab, the side panel and on the stage", async () => {
    const personal = await inTeams(
      { frameContext: 'content', theme: 'contrast', tabPath: '/?context=personal#/my-work' },
      false,
    );
    const { tab } = personal;
    await tab.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await tab.getByRole('heading', { level: 2, name: /^To enter \(/ }).waitFor();
    await record(personal.page, tab, 'contrast-teams-my-work');
    // Through the navigation, so the hovered link is part of what axe sees.
    await tab
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await tab.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
    await expectWordedTiles(tab);
    await record(personal.page, tab, 'contrast-teams-dashboard');
    await tab.evaluate((code) => (window.location.hash = `#/indicators/${code}`), CODE);
    await tab.getByRole('img', { name: `${CODE}: figures against target` }).waitFor();
    await record(personal.page, tab, 'contrast-teams-indicator');
    await personal.page.context().close();

    const panel = await inTeams(
      {
        frameContext: 'sidePanel',
        theme: 'contrast',
        meetingId: 'contrast-meeting',
        width: 320,
        tabPath: '/?context=meeting#/dashboard',
      },
      false,
    );
    await panel.tab.getByRole('list', { name: 'Exceptions to discuss' }).waitFor();
    await record(panel.page, panel.tab, 'contrast-teams-side-panel');
    await panel.page.context().close();

    // The stage in Teams' contrast theme with Windows forced colours on as well (a presenter's
    // laptop in high contrast): the big-screen chart must still be drawn.
    for (const forced of [false, true]) {
      const suffix = forced ? 'forced' : 'teams';
      const stage = await inTeams(
        {
          frameContext: 'meetingStage',
          theme: 'contrast',
          meetingId: `contrast-stage-${suffix}`,
          width: 1280,
          tabPath: '/?context=meeting#/dashboard',
        },
        forced,
      );
      await stage.tab.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
      await record(stage.page, stage.tab, `contrast-${suffix}-stage-dashboard`);
      await stage.tab.evaluate((code) => (window.location.hash = `#/indicators/${code}`), CODE);
      const chart = stage.tab.getByRole('img', { name: `${CODE}: figures against target` });
      await chart.waitFor();
      expect(await inkOf(chart)).toBeGreaterThan(0.01);
      // The chart's table alternative is on the stage too, ratings in words.
      const figures = stage.tab.getByRole('table', { name: `${CODE}: the figures in the chart` });
      expect(await figures.getByRole('row').count()).toBeGreaterThan(2);
      await record(stage.page, stage.tab, `contrast-${suffix}-stage-indicator`);
      await stage.page.context().close();
    }
    expect(problems).toEqual({});
  }, 180_000);
});
