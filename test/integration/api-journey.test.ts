// The JSON API driven over real HTTP against the real server and a real SQLite database: the whole
// return journey with its guards, bad input, conflicts and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let returnId: string;
let officers: { collector: string; responsible: string; authoriser: string };
let target: number;
let unit: string;

beforeAll(async () => {
  server = await startTestServer();
  // Pick a due return of a percentage indicator with a target and three distinct officers.
  const due = await server.deps.store.query('returns', { state: 'due' });
  for (const r of due) {
    const ind = await server.deps.store.get('indicators', r.fields.indicatorId);
    if (!ind || ind.fields.unit !== 'percentage' || ind.fields.contextOnly) continue;
    const { collectorId, responsibleId, authoriserId } = ind.fields;
    if (new Set([collectorId, responsibleId, authoriserId]).size < 3) continue;
    const view = await apiAs(server.url, collectorId).get(`/api/returns/${r.id}`);
    if (view.body.target === null) continue;
    returnId = r.id;
    officers = { collector: collectorId, responsible: responsibleId, authoriser: authoriserId };
    target = view.body.target;
    unit = ind.fields.unit;
    break;
  }
  expect(returnId, 'the demo council has a due percentage return to work with').toBeTruthy();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('identity', () => {
  it('refuses a request without an identity, and one naming nobody', async () => {
    expect((await apiAs(server.url, null).get('/api/returns/mine')).status).toBe(401);
    expect((await apiAs(server.url, 'nobody@example.org').get('/api/me')).status).toBe(401);
  });
  it('tells the tab who may open the Service plans set-up: a service plan owner, not an officer', async () => {
    const plans = await server.deps.store.query('servicePlans');
    const services = await server.deps.store.query('services');
    const people = await server.deps.store.query('people');
    const owner = people.find(
      (p) => !p.fields.roles.includes('admin') && plans.some((sp) => sp.fields.ownerId === p.id),
    );
    const nobody = people.find(
      (p) =>
        !p.fields.roles.includes('admin') &&
        !plans.some((sp) => sp.fields.ownerId === p.id) &&
        !services.some((s) => s.fields.headId === p.id),
    );
    expect(owner && nobody, 'the demo has a service plan owner and a plain officer').toBeTruthy();
    const mine = await apiAs(server.url, owner!.id).get('/api/me');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: owner!.id, mayPlanServices: true });
    expect((await apiAs(server.url, nobody!.id).get('/api/me')).body.mayPlanServices).toBe(false);
  });
  it('serves the OpenAPI document describing the routes', async () => {
    const doc = await apiAs(server.url, null).get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/returns/{id}/submit',
        '/api/dashboard',
        '/api/indicators/{code}',
      ]),
    );
    expect(doc.body.paths['/api/returns/{id}/submit'].post.requestBody).toBeTruthy();
  });
});

describe('the return journey', () => {
  let version: string;

  it('shows the due return in the Collection Officer’s My work', async () => {
    const mine = await apiAs(server.url, officers.collector).get('/api/returns/mine');
    expect(mine.status).toBe(200);
    const row = mine.body.toEnter.find((v: any) => v.id === returnId);
    expect(row).toBeTruthy();
    expect(row.allowed).toContain('enter');
    expect(unit).toBe('percentage');
    version = row.version;
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const api = apiAs(server.url, officers.collector);
    const notNumber = await api.post(`/api/returns/${returnId}/submit`, {
      version,
      value: 'lots',
      commentary: '',
    });
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.problems[0].field).toBe('value');
    const impossible = await api.post(`/api/returns/${returnId}/submit`, {
      version,
      value: 140,
      commentary: '',
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.problems[0].field).toBe('value');
    expect(impossible.body.message).toMatch(/between 0 and 100/);
    const tooLong = await api.post(`/api/returns/${returnId}/submit`, {
      version,
      value: 50,
      commentary: 'x'.repeat(4001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.problems[0].field).toBe('commentary');
    const badUrl = await api.post(`/api/returns/${returnId}/submit`, {
      version,
      value: 50,
      commentary: '',
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.problems[0].field).toBe('evidenceUrl');
    const malformed = await api.post(`/api/returns/${returnId}/submit`, '{"version": ');
    expect(malformed.status).toBe(400);
    const after = await api.get(`/api/returns/${returnId}`);
    expect(after.body.version).toBe(version);
    expect(after.body.state).toBe('due');
  });

  it('refuses someone who is not the Collection Officer', async () => {
    const res = await apiAs(server.url, officers.responsible).post(
      `/api/returns/${returnId}/submit`,
      {
        version,
        value: target,
        commentary: 'entered by the wrong person',
      },
    );
    expect(res.status).toBe(403);
  });

  it('questions an implausible figure and saves it only when confirmed', async () => {
    const api = apiAs(server.url, officers.collector);
    const low = Math.max(0, Math.round((target / 20) * 10) / 10);
    const question = await api.post(`/api/returns/${returnId}/submit`, {
      version,
      value: low,
      commentary: 'typo?',
    });
    expect(question.status).toBe(422);
    expect(question.body.error).toBe('confirmation-required');
    expect(question.body.question).toMatch(/^Is .* right\?/);
    expect((await api.get(`/api/returns/${returnId}`)).body.version).toBe(version);
  });

  it('enters the figure, then refuses the same stale version again (double click)', async () => {
    const api = apiAs(server.url, officers.collector);
    const ok = await api.post(`/api/returns/${returnId}/submit`, {
      version,
      value: target,
      commentary: 'On target this period <b>really</b>',
      evidenceUrl: 'https://intranet.example.gov.uk/evidence/1',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.state).toBe('submitted');
    expect(ok.body.value).toBe(target);
    expect(ok.body.enteredBy.id).toBe(officers.collector);
    const again = await api.post(`/api/returns/${returnId}/submit`, {
      version,
      value: target,
      commentary: '',
    });
    expect(again.status).toBe(409);
    version = ok.body.version;
  });

  it('does not let the person who entered it check it', async () => {
    const res = await apiAs(server.url, officers.collector).post(`/api/returns/${returnId}/check`, {
      version,
    });
    expect([403, 422]).toContain(res.status);
  });

  it('needs a reason to send back, and tells the officer why', async () => {
    const api = apiAs(server.url, officers.responsible);
    const noReason = await api.post(`/api/returns/${returnId}/send-back`, {
      version,
      reason: '   ',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('reason-required');
    const back = await api.post(`/api/returns/${returnId}/send-back`, {
      version,
      reason: 'Please attach the evidence',
    });
    expect(back.status).toBe(200);
    expect(back.body.state).toBe('due');
    const mine = await apiAs(server.url, officers.collector).get('/api/returns/mine');
    const row = mine.body.toEnter.find((v: any) => v.id === returnId);
    expect(row.sentBackReason).toBe('Please attach the evidence');
    version = row.version;
  });

  it('resubmits, passes the check and is authorised; exactly one of two simultaneous decisions lands', async () => {
    const re = await apiAs(server.url, officers.collector).post(`/api/returns/${returnId}/submit`, {
      version,
      value: target,
      commentary: 'Evidence attached',
      evidenceUrl: 'https://intranet.example.gov.uk/evidence/2',
    });
    expect(re.status).toBe(200);
    const checker = apiAs(server.url, officers.responsible);
    const [a, b] = await Promise.all([
      checker.post(`/api/returns/${returnId}/check`, { version: re.body.version }),
      checker.post(`/api/returns/${returnId}/check`, { version: re.body.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const checked = a.status === 200 ? a.body : b.body;
    expect(checked.state).toBe('checked');
    const auth = await apiAs(server.url, officers.authoriser).post(
      `/api/returns/${returnId}/authorise`,
      {
        version: checked.version,
      },
    );
    expect(auth.status).toBe(200);
    expect(auth.body.state).toBe('authorised');
    expect(auth.body.allowed).toEqual([]);
  });

  it('records every step in the audit trail, with who and through which channel', async () => {
    const trail = await apiAs(server.url, officers.collector).get(`/api/returns/${returnId}/audit`);
    const steps = trail.body.filter((e: any) => e.event.startsWith('return.'));
    const events = steps.map((e: any) => e.event).reverse();
    expect(events).toEqual([
      'return.submitted',
      'return.sent-back',
      'return.resubmitted',
      'return.checked',
      'return.authorised',
    ]);
    expect(steps.every((e: any) => e.channel === 'tab')).toBe(true);
    expect(trail.body[0].actorId).toBe(officers.authoriser);
    expect(trail.body[0].before.state).toBe('checked');
    expect(trail.body[0].after.state).toBe('authorised');
  });

  it('shows the authorised figure on the dashboard for its period', async () => {
    const ret = await apiAs(server.url, officers.collector).get(`/api/returns/${returnId}`);
    const dash = await apiAs(server.url, officers.collector).get(
      `/api/dashboard?period=${encodeURIComponent(ret.body.periodKey)}`,
    );
    expect(dash.status).toBe(200);
    const row = dash.body.indicators.find((r: any) => r.indicatorId === ret.body.indicator.id);
    expect(row.value).toBe(target);
    expect(row.authorised).toBe(true);
    expect(dash.body.totals.total).toBeGreaterThanOrEqual(40);
  });
});

describe('reading the council', () => {
  it('filters indicators and shows one in detail', async () => {
    const api = apiAs(server.url, officers.collector);
    const all = await api.get('/api/indicators');
    expect(all.body.length).toBeGreaterThanOrEqual(40);
    const corporate = await api.get('/api/indicators?scope=corporate');
    expect(corporate.body.length).toBeLessThan(all.body.length);
    expect(corporate.body.every((i: any) => i.scope === 'corporate')).toBe(true);
    const code = all.body[0].code;
    const detail = await api.get(`/api/indicators/${code}`);
    expect(detail.status).toBe(200);
    expect(detail.body.indicator.code).toBe(code);
    expect(detail.body.history.length).toBeGreaterThan(0);
    expect((await api.get('/api/indicators/NOPE99')).status).toBe(404);
    expect((await api.get('/api/indicators?scope=everything')).status).toBe(400);
  });
  it('returns the golden thread with roll-up counts and refuses a bad period', async () => {
    const api = apiAs(server.url, officers.collector);
    const plan = await api.get('/api/plan?period=2025/26%20Q1');
    expect(plan.status).toBe(200);
    expect(plan.body.period.label).toBe('Q1 2025/26');
    expect(plan.body.tree.children.filter((c: any) => c.kind === 'priority')).toHaveLength(5);
    expect(plan.body.tree.indicatorCounts.total).toBeGreaterThanOrEqual(40);
    const bad = await api.get('/api/dashboard?period=2025/27');
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].field).toBe('period');
  });
  it('lets only the performance team change the timetable', async () => {
    const people = (await apiAs(server.url, officers.collector).get('/api/people')).body;
    const admin = people.find((p: any) => p.roles.includes('admin'));
    const body = { dueDate: '2026-07-20', note: 'Q1 returns by 20 July', version: null };
    expect(
      (await apiAs(server.url, officers.collector).put('/api/timetable/2026%2F27%20Q1', body))
        .status,
    ).toBe(403);
    const ok = await apiAs(server.url, admin.id).put('/api/timetable/2026%2F27%20Q1', body);
    expect(ok.status).toBe(200);
    const tt = await apiAs(server.url, admin.id).get('/api/timetable?year=2026/27');
    const q1 = tt.body.find((t: any) => t.periodKey === '2026/27 Q1');
    expect(q1).toMatchObject({
      dueDate: '2026-07-20',
      dueDateText: '20/07/2026',
      source: 'timetable',
    });
    const early = await apiAs(server.url, admin.id).put('/api/timetable/2026%2F27%20Q1', {
      dueDate: '2026-06-01',
      version: ok.body.version,
    });
    expect(early.status).toBe(400);
    expect(early.body.problems[0].field).toBe('dueDate');
  });
});
