// The indicator page's breakdowns and ward map in Chromium (issue 16): the map draws every demo
// ward (not the globe: each path stays inside the map), with a legend of value bands in words and
// the table alternative; each ward is a stop in the tab order named with its value and band; axe
// clean in light, dark and Windows forced colours; photographed at 320, 1366 and 1920 px. The
// Collection Officer enters a breakdown from the card's link (#/indicators/CODE?breakdowns=KEY).
// Indicators, periods and people are found in the data.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IndicatorBreakdownsView } from '../../src/api/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { nextPeriod, parsePeriod } from '../../src/domain/periods/index.js';
import { focusedName, tabSuite, tabTo } from './support/index.js';

const suite = tabSuite();
const leader = DEMO_PEOPLE_IDS.leadership;
const SHOTS = '/tmp/gt/shots';

const section = (page: Page) => page.locator('[data-breakdowns]');

async function openIndicator(page: Page, code: string, query = '') {
  await page.evaluate((h) => (window.location.hash = h), `#/indicators/${code}${query}`);
  await section(page).getByRole('heading', { level: 2 }).waitFor();
}

describe('the ward map', () => {
  it('draws every ward inside the map, with a legend, the table alternative and a stop for each ward', async () => {
    const view = await suite.server.apiAs<IndicatorBreakdownsView>(
      leader,
      '/api/indicators/WR02/breakdowns',
    );
    const latest = view.periods.find((p) => p.breakdowns.length > 0)!;
    const ward = latest.breakdowns.find((b) => b.breakdown === 'Ward')!;
    const page = await suite.openAs(leader, 'light', 1366);
    await openIndicator(page, 'WR02');
    const map = section(page).locator('[data-ward-map]');
    await map.locator('path').first().waitFor();
    expect(await map.locator('path').count()).toBe(ward.values.length);
    // Not the winding pitfall: every ward's box is a small part of the map's, inside it.
    const boxes = await map.locator('svg').evaluate((svg) => {
      const s = (svg as SVGSVGElement).getBoundingClientRect();
      return {
        map: { w: s.width, h: s.height },
        wards: [...svg.querySelectorAll('path')].map((p) => {
          const b = p.getBoundingClientRect();
          return { x: b.x - s.x, y: b.y - s.y, w: b.width, h: b.height };
        }),
      };
    });
    for (const b of boxes.wards) {
      expect(b.w).toBeLessThan(boxes.map.w / 2);
      expect(b.h).toBeLessThan(boxes.map.h / 2);
      expect(b.x).toBeGreaterThanOrEqual(-1);
      expect(b.x + b.w).toBeLessThanOrEqual(boxes.map.w + 1);
    }
    const legend = await map.locator('[data-map-legend] li').allTextContents();
    expect(legend).toHaveLength(5);
    expect(legend[0]).toMatch(/^Band 1 of 5: \d+\.\d% to \d+\.\d%$/);
    // The table alternative: every ward with its value and band, in words.
    const table = section(page).locator('[data-breakdown-table="Ward"]');
    expect(await table.locator('tbody tr').count()).toBe(ward.values.length);
    const first = ward.values[0]!;
    const row = await table.locator(`tr[data-key="${first.key}"]`).textContent();
    expect(row).toContain(first.label);
    expect(row).toContain(first.valueText);
    expect(row).toMatch(/Band \d of 5/);
    // Keyboard: each ward is reached with Tab, named with its value and band.
    await tabTo(page, new RegExp(`^${first.label}: `));
    expect(await focusedName(page)).toMatch(
      new RegExp(`^${first.label}: ${first.valueText.replace('.', '\\.')} \\(band \\d of 5\\)$`),
    );
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^[A-Z][\w ]+: \d+\.\d% \(band \d of 5\)$/);
    await suite.check(page, 'ward-map-light-1366');
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 1366, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await section(page).screenshot({ path: `${SHOTS}/ward-map-light-${width}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    }
    await page.context().close();
    for (const [theme, forced] of [
      ['dark', false],
      ['light', true],
      ['dark', true],
    ] as const) {
      const other = await suite.openAs(leader, theme, 1366, forced);
      await openIndicator(other, 'WR02');
      await section(other).locator('[data-ward-map] path').first().waitFor();
      const name = `ward-map-${theme}${forced ? '-forced' : ''}`;
      await suite.check(other, name);
      for (const width of [320, 1366]) {
        await other.setViewportSize({ width, height: 900 });
        await section(other).screenshot({ path: `${SHOTS}/${name}-${width}.png` });
      }
      await other.context().close();
    }
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('shows a community group’s breakdown as a table, with no map', async () => {
    const page = await suite.openAs(leader, 'light', 1366);
    await openIndicator(page, 'ED02');
    const table = section(page).locator('[data-breakdown-table="Age band"]');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await section(page).locator('[data-ward-map]').count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('lets the Collection Officer enter a breakdown from the card’s link, and locks an authorised one', async () => {
    const { store } = suite.server.deps;
    const wr01 = (await store.query('indicators')).find((i) => i.fields.code === 'WR01')!;
    const returns = await store.query('returns', { indicatorId: wr01.id });
    const open = returns.find((r) => r.fields.state !== 'authorised')!;
    const collector = wr01.fields.collectorId;
    const page = await suite.openAs(collector, 'light', 1366);
    await openIndicator(page, 'WR01', `?breakdowns=${encodeURIComponent(open.fields.periodKey)}`);
    const form = section(page).locator('[data-breakdown-form]');
    await form.waitFor();
    const inputs = form.getByRole('textbox');
    await inputs.first().fill('12.5');
    await inputs.nth(1).fill('not a figure');
    await form.getByRole('button', { name: 'Save the breakdown' }).click();
    await form.locator('.fui-Field__validationMessage').first().waitFor();
    await inputs.nth(1).fill('');
    await form.getByRole('button', { name: 'Save the breakdown' }).click();
    await section(page)
      .getByText(/^Saved the ward breakdown for /)
      .waitFor();
    await suite.check(page, 'ward-map-entered');
    const held = await store.query('breakdownValues', {
      indicatorId: wr01.id,
      periodKey: open.fields.periodKey,
    });
    expect(held.map((h) => h.fields.value).filter((v) => v !== null)).toEqual([12.5]);
    expect(held.every((h) => h.fields.enteredBy === collector)).toBe(true);
    await section(page).screenshot({ path: `${SHOTS}/ward-map-entered-1366.png` });
    // An authorised period says it is locked and offers no form.
    const authorised = returns.find((r) => r.fields.state === 'authorised')!;
    await openIndicator(
      page,
      'WR01',
      `?breakdowns=${encodeURIComponent(authorised.fields.periodKey)}`,
    );
    await section(page)
      .getByText(/breakdowns are locked with it/)
      .waitFor();
    expect(await section(page).locator('[data-breakdown-form]').count()).toBe(0);
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('lets an officer start a community group breakdown in the tab, and offers its groups again', async () => {
    const { store } = suite.server.deps;
    const broken = new Set((await store.query('breakdownValues')).map((b) => b.fields.indicatorId));
    const indicators = (await store.query('indicators')).filter(
      (i) => !broken.has(i.id) && !i.fields.retired,
    );
    let found: { code: string; collector: string; open: string[] } | null = null;
    for (const i of indicators) {
      const open = (await store.query('returns', { indicatorId: i.id })).find(
        (r) => r.fields.state === 'due',
      );
      if (!open) continue;
      // The next period's return, as the timetable will make it: a second period to fill in.
      const next = nextPeriod(parsePeriod(open.fields.periodKey)).key;
      await store.create(
        'returns',
        { ...open.fields, periodKey: next },
        { actorId: 'system', channel: 'system' },
      );
      found = {
        code: i.fields.code,
        collector: i.fields.collectorId,
        open: [open.fields.periodKey, next],
      };
      break;
    }
    expect(found, 'an indicator with a figure due and no breakdowns').not.toBeNull();
    const page = await suite.openAs(found!.collector, 'light', 1366);
    await openIndicator(page, found!.code, `?breakdowns=${encodeURIComponent(found!.open[0]!)}`);
    const form = section(page).locator('[data-breakdown-form]');
    await form.waitFor();
    await form.getByRole('combobox', { name: 'Breakdown' }).selectOption({
      label: 'A new community group breakdown',
    });
    // Saving with nothing named says what is missing, and writes nothing.
    await form.getByRole('button', { name: 'Save the breakdown' }).click();
    await form
      .getByRole('alert')
      .getByText(/Name the breakdown/)
      .waitFor();
    await form.getByRole('textbox', { name: /Breakdown name/ }).fill('Disability');
    await form
      .getByRole('textbox', { name: /Groups, one per line/ })
      .fill('Disabled\n\nNot disabled\nDisabled');
    const values = form.getByRole('table').getByRole('textbox');
    expect(await values.count()).toBe(2);
    await values.first().fill('40');
    await values.nth(1).fill('60');
    await form.getByRole('button', { name: 'Save the breakdown' }).click();
    await section(page)
      .getByText(/^Saved the disability breakdown for /)
      .waitFor();
    const table = section(page).locator('[data-breakdown-table="Disability"]');
    expect(await table.locator('tbody tr').count()).toBe(2);
    const held = await store.query('breakdownValues', { periodKey: found!.open[0]! });
    expect(
      held
        .filter((h) => h.fields.breakdown === 'Disability')
        .map((h) => [h.fields.dimension, h.fields.key, h.fields.value])
        .sort(),
    ).toEqual([
      ['community', 'Disabled', 40],
      ['community', 'Not disabled', 60],
    ]);
    // Another period offers the same groups to fill in again.
    await openIndicator(page, found!.code, `?breakdowns=${encodeURIComponent(found!.open[1]!)}`);
    await form.waitFor();
    const choice = form.getByRole('combobox', { name: 'Breakdown' });
    const options = await choice.locator('option').allTextContents();
    expect(options.filter((o) => o.startsWith('Disability, groups as in '))).toHaveLength(1);
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);
});
