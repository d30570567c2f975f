// Deep-dive reviews in the tab (issue 16): on an indicator page its lead writes the review under
// way (a stranger reads it, with no form), a bad close is told under its field and a good one moves
// it to the closed reviews; the performance team starts one; the #/deep-dives page lists them all
// from the navigation; the dashboard's persistent list says where each review stands. Axe clean in
// the light and dark themes and in Windows forced colours; photographed at 320, 1366 and 1920 px.
// Reviews, people and indicators are found through the API.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dashboard, DeepDiveView, IndicatorDeepDives } from '../../src/api/index.js';
import { SCREENSHOT_DIR, photographWidths, tabSuite } from './support/index.js';

const suite = tabSuite();

async function admin(): Promise<string> {
  const people = await suite.server.deps.store.query('people');
  return people.find((p) => p.fields.roles.includes('admin') && suite.names.has(p.id))!.id;
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/**
 * The page opened afresh at each width (a 320 px side panel, a laptop, a big screen), so its chart
 * is laid out for that width rather than resized mid-photograph; nothing may be wider than it.
 */
async function photographAt(personId: string, hash: string, name: string, part?: string) {
  for (const width of [320, 1366, 1920]) {
    const page = await suite.openAs(personId, 'light', width);
    await go(page, hash);
    await page.locator('h1').first().waitFor();
    await page
      .locator('[role=progressbar]')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await photographWidths(page, name, [width]);
    // The part under test on its own too, so it can be looked at without the whole page.
    if (part)
      await page.locator(part).screenshot({ path: `${SCREENSHOT_DIR}/${name}-part-${width}.png` });
    await page.context().close();
  }
}

const SECTION = 'section[aria-labelledby="deep-dive-heading"]';
const section = (page: Page) => page.locator(SECTION);

describe('deep-dive reviews in the tab', () => {
  it('its lead writes the review under way and closes it; a stranger only reads it', async () => {
    const me = await admin();
    const [open] = await suite.server.apiAs<DeepDiveView[]>(me, '/api/deep-dives?status=open');
    if (!open) throw new Error('the demo promises a deep-dive review under way');
    const code = open.indicator.code;
    const about = await suite.server.apiAs<IndicatorDeepDives>(
      me,
      `/api/indicators/${code}/deep-dives`,
    );
    const blank = open.questions.find((q) => !q.answer)!;

    const page = await suite.openAs(open.lead.id);
    await go(page, `#/indicators/${code}`);
    await section(page).getByRole('heading', { name: 'Under way' }).waitFor();
    if (about.persistent) {
      await section(page)
        .getByText(/is flagged for persistent under-performance; its deep-dive review is under way/)
        .waitFor();
    }
    await section(page).getByText(open.standing).first().waitFor();
    // The lead may write but not start another, nor reassign it.
    expect(await page.getByRole('button', { name: 'Start a deep-dive review' }).count()).toBe(0);
    const form = page.getByRole('form', { name: `Write the deep-dive review of ${code}` });
    expect(await form.getByLabel('Lead officer').count()).toBe(0);
    await form.getByLabel(blank.question).fill('Worse by <b>March</b> unless crews are added');
    await form.getByRole('button', { name: 'Save the review' }).click();
    await page.getByText('The deep-dive review was saved.').waitFor();
    await section(page)
      .getByText(`${open.answered + 1} of 6`)
      .waitFor();
    await section(page).scrollIntoViewIfNeeded();
    await suite.check(page, 'deep-dive-lead-1280');
    await photographAt(open.lead.id, `#/indicators/${code}`, 'deep-dive-lead', SECTION);

    // A stranger reads it, as text, with no form.
    const stranger = [...suite.names.keys()].find(
      (id) => id !== open.lead.id && id !== me && !about.leads.every((l) => l.id !== id),
    );
    const people = await suite.server.deps.store.query('people');
    const reader = people.find(
      (p) =>
        p.id !== open.lead.id &&
        !p.fields.roles.includes('admin') &&
        p.fields.roles.length &&
        suite.names.has(p.id) &&
        p.fields.delegateId !== open.lead.id &&
        p.id !== stranger &&
        people.find((q) => q.id === open.lead.id)?.fields.delegateId !== p.id,
    )!;
    const other = await suite.openAs(reader.id, 'dark');
    await go(other, `#/indicators/${code}`);
    await section(other).getByText('Worse by <b>March</b> unless crews are added').waitFor();
    expect(
      await other.getByRole('form', { name: `Write the deep-dive review of ${code}` }).count(),
    ).toBe(0);
    expect(await other.getByRole('button', { name: 'Close the review…' }).count()).toBe(0);
    await suite.check(other, 'deep-dive-reader-dark-1280');
    await other.context().close();

    // Closing needs an outcome: the server's message sits under it; then it is closed.
    await page.getByRole('button', { name: 'Close the review…' }).click();
    const close = page.getByRole('form', { name: `Close the deep-dive review of ${code}` });
    await close.getByLabel('Findings').fill('Crew capacity is the cause');
    await close.getByRole('button', { name: 'Close the review' }).click();
    await close.getByText('say what came of the review').waitFor();
    await close.getByLabel(/^Outcome/).fill('Two drivers recruited');
    await close.getByRole('button', { name: 'Close the review' }).click();
    await page.getByText('The deep-dive review was closed.').waitFor();
    await section(page)
      .getByRole('heading', { name: /^Closed reviews \(\d+\)$/ })
      .waitFor();
    expect(await section(page).getByRole('heading', { name: 'Under way' }).count()).toBe(0);
    expect(suite.problems).toEqual({});
    await page.context().close();
  }, 180_000);

  it('the performance team starts one, told under each field what is missing', async () => {
    const me = await admin();
    const reviews = await suite.server.apiAs<DeepDiveView[]>(me, '/api/deep-dives');
    const reviewed = new Set(reviews.map((r) => r.indicator.id));
    const indicators = await suite.server.deps.store.query('indicators', { retired: false });
    const fresh = indicators.find((i) => !reviewed.has(i.id))!;
    const page = await suite.openAs(me, 'light', 1280, true);
    await go(page, `#/indicators/${fresh.fields.code}`);
    await section(page).getByText(`No deep-dive review of ${fresh.fields.code} yet.`).waitFor();
    await page.getByRole('button', { name: 'Start a deep-dive review' }).click();
    const form = page.getByRole('form', {
      name: `Start a deep-dive review of ${fresh.fields.code}`,
    });
    await form.getByRole('radio', { name: 'A committee asked' }).check();
    await form.getByRole('button', { name: 'Start the review' }).click();
    await form.getByText('say which committee asked for it').waitFor();
    await form.getByText('say what the review will look at').waitFor();
    await form.getByText('is required: say when the review is due').waitFor();
    await suite.check(page, 'deep-dive-start-forced-1280');
    await form.getByLabel('Which committee').fill('Audit and Governance Committee');
    await form.getByLabel(/^Scope/).fill('Whether the figure is counted the same way as last year');
    const due = new Date(Date.now() + 40 * 86_400_000);
    const uk = `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`;
    await form.getByLabel(/^Due date/).fill(uk);
    await form.getByRole('button', { name: 'Start the review' }).click();
    await page.getByText('The deep-dive review was started.').waitFor();
    await section(page).getByText('Asked for by Audit and Governance Committee').waitFor();
    expect(suite.problems).toEqual({});
    await page.context().close();
  }, 180_000);

  it('lists every review on #/deep-dives, and the dashboard says where each stands', async () => {
    const me = await admin();
    const all = await suite.server.apiAs<DeepDiveView[]>(me, '/api/deep-dives');
    const page = await suite.openAs(me, 'dark');
    await page.getByRole('link', { name: 'Deep dives' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deep-dive reviews' }).waitFor();
    await expect.poll(() => page.locator('tr[data-review]').count()).toBe(all.length);
    for (const r of all) {
      const row = page.locator(`tr[data-review="${r.id}"]`);
      expect(await row.textContent()).toContain(r.standing);
    }
    await suite.check(page, 'deep-dives-dark-1280');
    await photographAt(me, '#/deep-dives', 'deep-dives');
    await page.getByLabel('Show').selectOption('closed');
    await expect
      .poll(() => page.locator('tr[data-review]').count())
      .toBe(all.filter((r) => r.status === 'closed').length);
    await page.context().close();

    const dashboard = await suite.server.apiAs<Dashboard>(me, '/api/dashboard');
    const light = await suite.openAs(me);
    await go(light, '#/dashboard');
    await light.getByRole('heading', { name: /^Persistent under-performance/ }).waitFor();
    for (const r of dashboard.persistent) {
      const cells = light.locator(
        `section[aria-labelledby="persistent-heading"] tr[data-code="${r.code}"] td`,
      );
      expect(await cells.last().textContent()).toBe(dashboard.deepDives[r.indicatorId]!.words);
    }
    await light.locator('#persistent-heading').scrollIntoViewIfNeeded();
    await suite.check(light, 'dashboard-deep-dives-1280');
    await light
      .locator('section[aria-labelledby="persistent-heading"]')
      .screenshot({ path: `${SCREENSHOT_DIR}/dashboard-deep-dives-part-1280.png` });
    await light.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);
});
