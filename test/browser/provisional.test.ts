// Provisional is never final, as leaders see it (issue #14): the dashboard counts authorised
// figures only and says so at the top; a figure awaiting check or authorisation is marked in words
// beside the "Now" rating and the year-end forecast; a leader may switch to include provisional
// figures (the page then says so), an officer is not offered the switch; the stage follows the
// basis carried in its route. Axe-clean, photographed at 320, 1366 and 1920 px.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { PlanTree } from '../../src/app/plan/plan-tree.js';
import type { Dashboard } from '../../src/tab/shared/api/index.js';
import { axeProblems, checkTabFrame, openStageAs, tabSuite } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots';
const leader = DEMO_PEOPLE_IDS.leadership;

/** A month whose dashboard shows a provisional figure, found in the data. */
async function monthWithProvisional(): Promise<Dashboard> {
  const { today } = await suite.server.apiAs<{ today: string }>(leader, '/api/today');
  const [y, m] = today.split('-').map(Number) as [number, number];
  for (let back = 1; back <= 24; back += 1) {
    const at = new Date(Date.UTC(y, m - 1 - back, 1));
    const key = at.toISOString().slice(0, 7);
    const d = await suite.server.apiAs<Dashboard>(leader, `/api/dashboard?period=${key}`);
    if (d.indicators.some((r) => r.provisional)) return d;
  }
  throw new Error('no month of the demo council has a figure awaiting check or authorisation');
}

/** The tab as this person at this width, on the page the hash names, once it has loaded. */
async function openAt(person: string, width: number, hash: string, heading: RegExp): Promise<Page> {
  const page = await suite.openAs(person, 'light', width);
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page
    .locator('[role=progressbar]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  return page;
}

const openDashboard = (person: string, width: number, hash: string) =>
  openAt(person, width, hash, /^Corporate health: /);

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/provisional-${name}.png` });
}

describe('provisional figures on the dashboard', () => {
  it('counts authorised figures only and marks provisional ones in words, at 320, 1366 and 1920 px', async () => {
    const d = await monthWithProvisional();
    const hash = `#/dashboard?period=${d.period.key}`;
    const row = d.indicators.find((r) => r.provisional)!;
    for (const width of [320, 1366, 1920]) {
      const page = await openDashboard(leader, width, hash);
      await page.getByText(/^Only authorised figures are counted/).waitFor();
      const table = page.getByRole('table', { name: /^All indicators/ });
      const line = table.locator(`tr[data-code="${row.code}"]`);
      await expect.poll(() => line.textContent()).toContain(row.provisionalLabel!);
      expect(await line.textContent()).toMatch(/Now: not counted/);
      expect(await line.textContent()).toMatch(/Year-end forecast: /);
      expect(await axeProblems(page), `axe at ${width}`).toEqual([]);
      await shoot(page, `dashboard-${width}`);
      await page.context().close();
    }
  }, 90_000);

  it('lets a leader include provisional figures, and says so at the top', async () => {
    const d = await monthWithProvisional();
    const hash = `#/dashboard?period=${d.period.key}`;
    const row = d.indicators.find((r) => r.provisional)!;
    const page = await openDashboard(leader, 1366, hash);
    const totalOf = async () =>
      page
        .getByRole('list', { name: 'Indicators by rating' })
        .getByRole('listitem')
        .last()
        .textContent();
    await page.getByRole('switch', { name: 'Include provisional figures' }).click();
    await page.getByText(/^Provisional figures are included/).waitFor();
    await expect.poll(() => page.url()).toContain('provisional=include');
    const line = page
      .getByRole('table', { name: /^All indicators/ })
      .locator(`tr[data-code="${row.code}"]`);
    await expect.poll(() => line.textContent()).toContain(row.provisionalLabel!);
    expect(await line.textContent()).not.toMatch(/not counted/);
    expect(await totalOf()).toMatch(/Total/);
    expect(await axeProblems(page)).toEqual([]);
    await shoot(page, 'included-1366');
    await page.context().close();
  }, 60_000);

  it('marks a provisional figure in words on the strategy map', async () => {
    const d = await monthWithProvisional();
    const tree = await suite.server.apiAs<PlanTree>(leader, `/api/plan?period=${d.period.key}`);
    expect(tree.basis).toBe('authorised');
    const words = Object.values(tree.provisional);
    expect(words.length).toBeGreaterThan(0);
    const page = await openAt(
      leader,
      1366,
      `#/strategy-map?period=${d.period.key}`,
      /^Strategy map$/,
    );
    await page.getByText(/^Only authorised figures are counted/).waitFor();
    await page.getByRole('button', { name: 'Show every indicator and key action' }).click();
    await expect.poll(() => page.getByText(words[0]!, { exact: true }).count()).toBeGreaterThan(0);
    expect(await axeProblems(page)).toEqual([]);
    await shoot(page, 'strategy-map-1366');
    await page.context().close();
  }, 60_000);

  it('offers an officer no switch', async () => {
    const page = await openDashboard(DEMO_PEOPLE_IDS.collectionOfficer, 1366, '#/dashboard');
    await page.getByText(/^Only authorised figures are counted/).waitFor();
    expect(await page.getByRole('switch', { name: 'Include provisional figures' }).count()).toBe(0);
    await page.context().close();
  });

  it('follows the basis in the route on the meeting stage', async () => {
    const d = await monthWithProvisional();
    const { page, tab } = await openStageAs(suite.browser, suite.server.url, leader, {
      tabPath: `/?context=meeting#/dashboard?period=${d.period.key}&provisional=include`,
    });
    const context = page.context();
    await tab.getByText(/^Provisional figures are included/).waitFor();
    expect(await tab.getByText(/Year-end forecast: /).count()).toBeGreaterThan(0);
    expect(await checkTabFrame(page, tab, 'provisional-stage-1920')).toEqual([]);
    await shoot(page, 'stage-1920');
    await context.close();
  });
});
