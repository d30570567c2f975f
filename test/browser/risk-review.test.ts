// One risk's page (issue 17): its scores, mitigations and review history; its owner records a
// review and the trend changes; a review with nothing said, or made after someone else reviewed
// it, shows the server's message; a person who is neither the owner nor the performance team is
// offered no form. The stage's Risks view lists the risks above tolerance in large type. Axe
// clean; photographed at 320, 1366 and 1920 px (the stage at 1920).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RegisterView, RiskDetailView } from '../../src/api/index.js';
import { checkTabFrame, openStageAs, tabSuite } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots';

async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/risk-${name}-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

function post(personId: string, code: string, body: object) {
  return fetch(`${suite.server.url}/api/risks/${encodeURIComponent(code)}/reviews`, {
    method: 'POST',
    headers: { 'x-gt-user': personId, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('a risk’s page', () => {
  it('lets the owner review it, changes the trend, and shows refusals in the server’s words', async () => {
    const people = await suite.server.deps.store.query('people');
    const anyone = people.find((p) => suite.names.has(p.id))!.id;
    const all = await suite.server.apiAs<RegisterView>(anyone, '/api/risks');
    // An open risk with a named owner and at least one review, so the trend has something to compare.
    let risk: RiskDetailView | undefined;
    for (const r of all.risks.filter((x) => x.status !== 'closed' && suite.names.has(x.owner.id))) {
      const d = await suite.server.apiAs<RiskDetailView>(anyone, `/api/risks/${r.code}`);
      if (d.reviews.length && d.mitigations.length) {
        risk = d;
        break;
      }
    }
    if (!risk) throw new Error('no open demo risk has a named owner, a review and a mitigation');

    const page = await suite.openAs(risk.owner.id);
    await page.evaluate((c) => (window.location.hash = `#/risks/${c}`), risk.code);
    await page.getByRole('heading', { level: 1, name: `${risk.code} ${risk.title}` }).waitFor();
    expect(await page.locator('[data-trend]').textContent()).toBe(risk.trend.words);
    expect(await page.locator('[data-reviews] tbody tr').count()).toBe(risk.reviews.length);
    expect(await page.getByText(risk.mitigations[0]!.title).count()).toBeGreaterThan(0);
    const form = page.getByRole('form', { name: 'Review this risk' });

    // Nothing said: the server's field message beside the commentary.
    await form.getByRole('button', { name: 'Record the review' }).click();
    await form.getByText('say what has changed since the last review').waitFor();
    await suite.check(page, 'risk-review-refused-1280');
    await shots(page, 'refused');

    // A new score, one step worse than now (or better, at the top), so the trend must move.
    const now = risk.residual;
    const impact = now.impact < 5 ? now.impact + 1 : now.impact - 1;
    await form.getByLabel('Residual impact (1–5)').selectOption(String(impact));
    await form.getByLabel(/What has changed/).fill('A supplier <b>failed</b> its audit');
    await form.getByRole('button', { name: 'Record the review' }).click();
    const latest = now.likelihood * impact;
    const words =
      latest > now.score
        ? `Up from ${now.score} to ${latest}`
        : `Down from ${now.score} to ${latest}`;
    await page.getByText(`Recorded the review of ${risk.code}: ${words}.`).waitFor();
    expect(await page.locator('[data-trend]').textContent()).toBe(words);
    // The commentary is shown as text, never as markup.
    await page.getByText('A supplier <b>failed</b> its audit').waitFor();
    const after = await suite.server.apiAs<RiskDetailView>(anyone, `/api/risks/${risk.code}`);
    expect(after.trend.words).toBe(words);
    expect(after.reviews).toHaveLength(risk.reviews.length + 1);

    // Someone else reviews it meanwhile: this view's version is stale, the server says so.
    const res = await post(risk.owner.id, risk.code, {
      version: after.version,
      residualLikelihood: now.likelihood,
      residualImpact: now.impact,
      commentary: 'Reviewed in the risk group',
    });
    expect(res.status).toBe(201);
    await form.getByLabel(/What has changed/).fill('A second look');
    await form.getByRole('button', { name: 'Record the review' }).click();
    await form.getByText('This risk has changed since you opened it.').waitFor();
    await page.context().close();

    // An officer who neither owns it nor is in the performance team gets no form (the server
    // refuses them too).
    const other = people.find(
      (p) => p.id !== risk.owner.id && p.fields.roles.join() === 'officer' && suite.names.has(p.id),
    )!;
    const refused = await post(other.id, risk.code, { version: after.version });
    expect(refused.status).toBe(403);
    const officer = await suite.openAs(other.id);
    await officer.evaluate((c) => (window.location.hash = `#/risks/${c}`), risk.code);
    await officer.getByRole('heading', { level: 2, name: 'Review history' }).waitFor();
    expect(await officer.getByRole('form', { name: 'Review this risk' }).count()).toBe(0);
    await suite.check(officer, 'risk-detail-officer-1280');
    await shots(officer, 'detail');
    await officer.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('shows the heat map and the risks above tolerance on the meeting stage', async () => {
    const people = await suite.server.deps.store.query('people');
    const leader = people.find((p) => p.fields.roles.includes('leadership'))!.id;
    const all = await suite.server.apiAs<RegisterView>(leader, '/api/risks');
    const above = all.risks.filter((r) => r.aboveTolerance && r.status !== 'closed');
    const { page, tab } = await openStageAs(suite.browser, suite.server.url, leader, {
      tabPath: '/?context=meeting#/dashboard?view=risks',
    });
    const context = page.context();
    await tab.getByRole('heading', { name: `Above tolerance (${above.length})` }).waitFor();
    for (const r of above) expect(await tab.getByText(r.title, { exact: true }).count()).toBe(1);
    const counts = await tab
      .locator('[data-heat-map] [data-cell] span:first-child')
      .allTextContents();
    expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(
      all.risks.filter((r) => r.status !== 'closed').length,
    );
    expect(await checkTabFrame(page, tab, 'risks-stage-1920')).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/risks-stage-1920.png`, fullPage: true });
    await context.close();
  }, 120_000);
});
