// The Spot checks page in the tab (issue 14 item 5): the performance team picks a quarter, draws
// its sample and sees each check with its checker; drawing again needs a reason; the assigned
// checker compares the figure, its evidence and its written procedure and records a finding; a
// person with no checks is told so. The quarter is the one with the most authorised figures in
// the data, whatever the day. Photographed at 320 and 1366 px; axe clean.
import { describe, expect, it } from 'vitest';
import { periodContaining, tryParsePeriod } from '../../src/domain/periods/index.js';
import { tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots';

async function busiestQuarter(): Promise<string> {
  const perQuarter = new Map<string, number>();
  for (const r of await suite.server.deps.store.query('returns', { state: 'authorised' })) {
    const p = tryParsePeriod(r.fields.periodKey);
    if (!p) continue;
    const q = periodContaining(p.end, 'quarter').key;
    perQuarter.set(q, (perQuarter.get(q) ?? 0) + 1);
  }
  return [...perQuarter].sort((a, b) => b[1] - a[1])[0]![0];
}

async function shots(page: import('playwright-core').Page, name: string) {
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/spot-${name}-${width}.png`, fullPage: width === 1366 });
    // Nothing wider than the screen: no sideways scrolling, even at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the Spot checks page', () => {
  it('draws a sample, redraws only with a reason, and lets the checker record a finding', async () => {
    const { store } = suite.server.deps;
    const people = await store.query('people');
    const admin = people.find((p) => p.fields.roles.includes('admin'))!;
    const quarter = await busiestQuarter();
    const label = tryParsePeriod(quarter)!.label;
    const url = `${suite.server.url}/#/spot-checks?period=${encodeURIComponent(quarter)}`;

    const page = await suite.openAs(admin.id);
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Spot checks' }).waitFor();
    await page.getByText('Not drawn yet.').waitFor();
    await page.getByLabel('How many indicators').fill('3');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    const drew = await waitForStatus(page, 'Drew 3 indicators');
    expect(drew).toContain(`for ${label}`);
    const cards = page.getByRole('article');
    await page.getByRole('heading', { name: 'Draw again' }).waitFor();
    expect(await cards.count()).toBe(3);
    const checks = await store.query('spotChecks', { periodKey: quarter });
    for (const c of checks) {
      const name = suite.names.get(c.fields.checkerId)!;
      expect(await page.getByText(`Checked by ${name}`).count()).toBeGreaterThan(0);
    }
    await suite.check(page, 'spot-drawn-1280');
    await shots(page, 'drawn');

    // Drawing again without a reason is refused at the field; nothing changes.
    await page.getByRole('button', { name: 'Draw again' }).click();
    await page.getByText('say why the sample is drawn again').waitFor();
    expect(await store.query('spotCheckDraws', { periodKey: quarter })).toHaveLength(1);
    await page.getByLabel(/Why draw again/).fill('An indicator in the sample is being retired');
    await page.getByRole('button', { name: 'Draw again' }).click();
    await waitForStatus(page, 'Drew again 3 indicators');
    await page
      .getByText(/drawn again because: An indicator in the sample is being retired/)
      .waitFor();
    await page.context().close();

    // The checker of the first check records what they found beside the figure and procedure.
    const current = (await store.query('spotCheckDraws', { periodKey: quarter })).find(
      (d) => !d.fields.superseded,
    )!;
    const check = (await store.query('spotChecks', { drawId: current.id }))[0]!;
    const indicator = (await store.get('indicators', check.fields.indicatorId))!.fields;
    const checker = await suite.openAs(check.fields.checkerId);
    await checker.goto(url);
    const card = checker.getByRole('article', { name: new RegExp(`^${indicator.code} `) });
    await card.waitFor();
    expect(await card.textContent()).toContain('Written procedure');
    expect(await card.textContent()).toContain('How it is verified');
    const form = card.getByRole('form', { name: `Record the spot check of ${indicator.code}` });
    await form.getByRole('radio', { name: /^Minor issue/ }).check();
    await form.getByRole('button', { name: 'Record the finding' }).click();
    await form.getByText('say what you compared and what you found').waitFor();
    await suite.check(checker, 'spot-finding-1280');
    await card.scrollIntoViewIfNeeded();
    await shots(checker, 'finding');
    await form.getByLabel(/^Notes/).fill('The evidence file is named for the wrong month');
    await form.getByLabel(/^Corrective action/).fill('Rename the file');
    await form.getByRole('button', { name: 'Record the finding' }).click();
    await waitForStatus(checker, `Recorded the spot check of ${indicator.code}.`);
    await card.getByText('Minor issue: the figure stands, something needs tidying').waitFor();
    expect(await card.getByRole('form').count()).toBe(0);
    await checker.context().close();
    expect((await store.get('spotChecks', check.id))!.fields).toMatchObject({
      state: 'done',
      finding: 'minor-issue',
      notes: 'The evidence file is named for the wrong month',
    });

    // Someone with no check this quarter (and outside the performance team) is told so.
    const assigned = new Set(
      (await store.query('spotChecks', { drawId: current.id })).map((c) => c.fields.checkerId),
    );
    const other = people.find(
      (p) => p.fields.roles.join() === 'officer' && !assigned.has(p.id) && suite.names.has(p.id),
    )!;
    const officer = await suite.openAs(other.id);
    await officer.goto(url);
    await officer.getByText('No spot checks of this quarter are assigned to you.').waitFor();
    expect(await officer.getByRole('button', { name: /^Draw/ }).count()).toBe(0);
    await suite.check(officer, 'spot-none-1280');
    await officer.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);
});
