// The strategy map as the Leadership Team would use it: the map drawn by ELK at 1920 and 1366 px,
// the nested list in a 320 px side panel, a keyboard-only drill-down from the plan to an
// indicator's page and to a key action's progress, and a directorate filter that changes the
// counts to those of the directorate. Axe-clean at each width; screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { ThreadNode } from '../../src/tab/shared/api/index.js';
import { axeProblems, signInAs, tabSuite, tabTo } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots';
const who = DEMO_PEOPLE_IDS.leadership;

function distinct(node: ThreadNode, kind: ThreadNode['kind'], keep = (_: ThreadNode) => true) {
  const ids = new Set<string>();
  const walk = (n: ThreadNode) => {
    if (n.kind === kind && keep(n)) ids.add(n.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids.size;
}

async function openMap(width: number, height = 1000): Promise<Page> {
  const context = await suite.browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width, height },
  });
  const page = await context.newPage();
  await page.goto(suite.server.url);
  await signInAs(page, suite.names.get(who)!);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Strategy map' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Strategy map' }).waitFor();
  return page;
}

/** The map once ELK has placed every card. */
async function laidOutMap(page: Page) {
  const map = page.getByRole('region', { name: /^Strategy map of / });
  await map.waitFor();
  await expect.poll(() => map.getAttribute('aria-busy')).toBe('false');
  await expect
    .poll(() =>
      map.evaluate((el) =>
        [...el.querySelectorAll<HTMLElement>('[data-key]')].every(
          (c) => getComputedStyle(c).visibility === 'visible',
        ),
      ),
    )
    .toBe(true);
  return map;
}

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('the strategy map', () => {
  it('draws the map at 1920 and 1366 px and a nested list at 320 px, axe-clean', async () => {
    const { tree } = await suite.server.apiAs<{ tree: ThreadNode }>(who, '/api/plan');
    const page = await openMap(1920, 1080);
    const map = await laidOutMap(page);
    await shoot(page, 'strategy-map-1920');
    // Every priority is a card, placed apart from the others (no overlaps), with its objectives.
    const cards = map.locator('[data-key]');
    const priorities = tree.children.filter((c) => c.kind === 'priority');
    // The plan and priorities start open (and "Unlinked / business as usual", if any).
    expect(await cards.count()).toBe(
      1 + tree.children.length + tree.children.reduce((n, p) => n + p.children.length, 0),
    );
    const boxes = await cards.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, r: r.right, b: r.bottom };
      }),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.r <= b.x || b.r <= a.x || a.b <= b.y || b.b <= a.y).toBe(true);
    for (const p of priorities)
      await expect
        .poll(() => map.getByRole('button', { name: new RegExp(p.title) }).count())
        .toBeGreaterThan(0);
    await suite.check(page, 'strategy-map-1920');
    await shoot(page, 'strategy-map-1920');

    await page.setViewportSize({ width: 1366, height: 768 });
    await laidOutMap(page);
    await suite.check(page, 'strategy-map-1366');
    await shoot(page, 'strategy-map-1366');

    await page.setViewportSize({ width: 320, height: 720 });
    const list = page.getByRole('list', { name: /^Strategy map of / });
    await list.waitFor();
    expect(await page.getByRole('region', { name: /^Strategy map of / }).count()).toBe(0);
    const firstPriority = priorities[0]!;
    await expect
      .poll(() =>
        list
          .getByRole('button', { name: new RegExp(firstPriority.title) })
          .getAttribute('aria-expanded'),
      )
      .toBe('true');
    await suite.check(page, 'strategy-map-320');
    await shoot(page, 'strategy-map-320');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('drills down by keyboard to an indicator, and to a key action’s progress', async () => {
    const { tree } = await suite.server.apiAs<{ tree: ThreadNode }>(who, '/api/plan');
    const page = await openMap(1920, 1080);
    const map = await laidOutMap(page);
    // The first objective (in reading order) with an indicator serving it.
    const objectives = tree.children.flatMap((p) => p.children);
    const at = objectives.findIndex((o) => o.children.some((c) => c.kind === 'indicator'));
    const objective = objectives[at]!;
    const indicator = objective.children.find((c) => c.kind === 'indicator')!;

    // The plan's card (not the Plan picker, whose label is just "Plan").
    await tabTo(page, /^Plan Hide/);
    await page.keyboard.press('ArrowRight'); // first priority
    await page.keyboard.press('ArrowRight'); // its first objective
    // Down the objectives' column to ours (Down crosses from one priority's objectives to the next).
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    const focused = map.locator('[data-key]:focus');
    await expect.poll(() => focused.textContent()).toContain(objective.title);
    expect(await focused.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight'); // opens it
    await expect.poll(() => focused.getAttribute('aria-expanded')).toBe('true');
    await laidOutMap(page);
    await page.keyboard.press('ArrowRight'); // its first indicator
    await expect.poll(() => focused.textContent()).toContain(indicator.title);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.url())
      .toMatch(new RegExp(`#/indicators/${encodeURIComponent(indicator.code)}$`));
    await page.getByRole('heading', { level: 1, name: new RegExp(indicator.code) }).waitFor();

    // Back on the map, a key action's card opens its progress in a drawer; Escape closes it and
    // focus returns to the card.
    const action = objectives.flatMap((o) => o.children).find((c) => c.kind === 'key-action')!;
    expect(action).toBeDefined();
    await page.goBack();
    const again = await laidOutMap(page);
    await page.getByRole('button', { name: 'Show every indicator and key action' }).click();
    await laidOutMap(page);
    await shoot(page, 'strategy-map-1920-everything');
    const card = again
      .getByRole('button', { name: new RegExp(`^Key action ${action.code} `) })
      .first();
    await card.focus();
    const opener = await card.elementHandle();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: `${action.code} ${action.title}` });
    await drawer.waitFor();
    await drawer.getByText('Owner').waitFor();
    for (const term of ['Status', '% complete', 'Due', 'Last update', 'Milestones'])
      await drawer.getByText(term, { exact: true }).first().waitFor();
    // The modal drawer hides the page's main from assistive technology, so axe runs directly.
    const inDrawer = await axeProblems(page);
    if (inDrawer.length) suite.problems['strategy-map-key-action'] = inDrawer;
    await shoot(page, 'strategy-map-1920-key-action');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    // The same card (by its key: a layout may have drawn it afresh meanwhile) has focus again.
    const key = await opener!.evaluate((el) => el.closest('[data-key]')?.getAttribute('data-key'));
    expect(key).toBeTruthy();
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-key]')?.getAttribute('data-key'),
        ),
      )
      .toBe(key);
    // And the page is back for assistive technology (nothing left aria-hidden by the drawer).
    await expect.poll(() => page.locator('main [aria-hidden="true"] [data-key]').count()).toBe(0);
    await expect.poll(() => page.locator('main[aria-hidden="true"]').count()).toBe(0);
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('counts only the chosen directorate once filtered', async () => {
    const { tree } = await suite.server.apiAs<{ tree: ThreadNode }>(who, '/api/plan');
    const page = await openMap(1366, 900);
    const map = await laidOutMap(page);
    const plan = map.locator('[data-key^="plan:"]:not([data-key*="/"])');
    const all = distinct(tree, 'indicator');
    await expect.poll(() => plan.textContent()).toContain(`${all} indicators:`);
    // A directorate holding some but not all of the thread's indicators.
    const directorates = new Map<string, number>();
    const walk = (n: ThreadNode) => {
      const d = n.organisation?.directorateId;
      if (n.kind === 'indicator' && d) directorates.set(d, 0);
      n.children.forEach(walk);
    };
    walk(tree);
    const [directorate] = [...directorates.keys()];
    const inIt = distinct(tree, 'indicator', (n) => n.organisation?.directorateId === directorate);
    const actionsInIt = distinct(
      tree,
      'key-action',
      (n) => n.organisation?.directorateId === directorate,
    );
    expect(inIt).toBeGreaterThan(0);
    expect(inIt).toBeLessThan(all);
    await page.getByLabel('Directorate').selectOption({ value: directorate! });
    await laidOutMap(page);
    await expect
      .poll(() => plan.textContent())
      .toContain(`${inIt} indicator${inIt === 1 ? '' : 's'}:`);
    if (actionsInIt > 0)
      expect(await plan.textContent()).toContain(
        `${actionsInIt} key action${actionsInIt === 1 ? '' : 's'}:`,
      );
    await suite.check(page, 'strategy-map-filtered');
    await shoot(page, 'strategy-map-1366-filtered');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);
});
