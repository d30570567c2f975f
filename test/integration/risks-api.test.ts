// The risk register over real HTTP on the demo council at the suite's fixed moment: every request
// is tied to a person (401 without one); the register lists each risk with the codes of the
// objectives it threatens, its scores, band, aboveTolerance and reviewOverdue; filters are checked
// (400 naming the field); one risk gives its history; a review is refused to anyone but the owner
// or the performance team before its body is read (403), a bad body is a 400 naming the field, a
// stale version a 409, and a good one is kept. Dates are read from the answer, not assumed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterView, RiskDetailView } from '../../src/app/risks/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let adminId: string;
let officerId: string;

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
  officerId = people.find((p) => p.fields.roles.join() === 'officer')!.id;
}, 60_000);
afterAll(() => server?.stop());

describe('the risk register over the API', () => {
  it('answers only a person', async () => {
    expect((await apiAs(server.url, null).get('/api/risks')).status).toBe(401);
    expect((await apiAs(server.url, null).get('/api/risks/CR01')).status).toBe(401);
  });

  it('lists the register with objective codes, scores, band, tolerance and review state', async () => {
    const res = await apiAs(server.url, officerId).get('/api/risks');
    expect(res.status).toBe(200);
    const view = res.body as RegisterView;
    expect(view.risks.length).toBeGreaterThanOrEqual(20);
    const codes = new Set((await server.deps.store.query('objectives')).map((o) => o.fields.code));
    for (const r of view.risks) {
      expect(r.objectiveCodes.length).toBeGreaterThan(0);
      for (const c of r.objectiveCodes) expect(codes.has(c)).toBe(true);
      expect(typeof r.band).toBe('string');
      expect(r.aboveTolerance).toBe(r.status !== 'closed' && r.residual.score > view.tolerance);
      expect(r.reviewOverdue).toBe(r.status !== 'closed' && r.reviewDate < view.today);
    }
    const above = await apiAs(server.url, officerId).get('/api/risks?aboveTolerance=true');
    expect((above.body as RegisterView).risks.map((r) => r.code)).toEqual(
      view.risks.filter((r) => r.aboveTolerance).map((r) => r.code),
    );
    const overdue = await apiAs(server.url, officerId).get(
      '/api/risks?reviewOverdue=true&status=open',
    );
    const expected = view.risks.filter((r) => r.reviewOverdue && r.status === 'open');
    expect(expected.length).toBeGreaterThan(0);
    expect((overdue.body as RegisterView).risks.map((r) => r.code)).toEqual(
      expected.map((r) => r.code),
    );
  });

  it('names a bad filter and an unknown risk', async () => {
    const bad = await apiAs(server.url, officerId).get('/api/risks?aboveTolerance=perhaps');
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].field).toBe('aboveTolerance');
    expect((await apiAs(server.url, officerId).get('/api/risks/NOPE1')).status).toBe(404);
  });

  it('gives one risk with its mitigations, reviews and trend', async () => {
    const res = await apiAs(server.url, officerId).get('/api/risks/CR01');
    expect(res.status).toBe(200);
    const risk = res.body as RiskDetailView;
    expect(risk.mitigations.length).toBeGreaterThan(0);
    expect(risk.reviews.length).toBeGreaterThanOrEqual(2);
    expect(['up', 'down', 'steady']).toContain(risk.trend.direction);
    expect(risk.residual.score).toBe(risk.reviews.at(-1)!.residual.score);
  });

  it('records a review for the owner only, naming bad fields, refusing a stale version', async () => {
    const risk = (await apiAs(server.url, adminId).get('/api/risks/CR03')).body as RiskDetailView;
    const people = await server.deps.store.query('people');
    const stranger = people.find(
      (p) => p.id !== risk.owner.id && !p.fields.roles.includes('admin'),
    )!;
    const url = '/api/risks/CR03/reviews';
    const refused = await apiAs(server.url, stranger.id).post(url, { residualImpact: 'x' });
    expect(refused.status).toBe(403);
    const owner = apiAs(server.url, risk.owner.id);
    const bad = await owner.post(url, {
      version: risk.version,
      residualLikelihood: 2,
      residualImpact: 6,
      commentary: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((p: { field: string }) => p.field)).toEqual(['residualImpact']);

    const good = {
      residualLikelihood: 1,
      residualImpact: 2,
      commentary: 'Hotspot cameras installed.',
    };
    const made = await owner.post(url, { ...good, version: risk.version });
    expect(made.status).toBe(201);
    const after = made.body as RiskDetailView;
    expect(after.reviews).toHaveLength(risk.reviews.length + 1);
    expect(after.residual.score).toBe(2);
    expect(after.reviewOverdue).toBe(false);
    const stale = await owner.post(url, { ...good, version: risk.version });
    expect(stale.status).toBe(409);
    const read = (await owner.get('/api/risks/CR03')).body as RiskDetailView;
    expect(read.reviews).toHaveLength(after.reviews.length);
  });
});
