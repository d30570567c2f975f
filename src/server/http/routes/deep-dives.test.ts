// The deep-dive routes over real HTTP on the demo council (the suite's day): the list and one
// review for anyone signed in; opening for the performance team only; a stranger is told 403
// before anything about the input; bad input is 400 naming the field; a stale version is 409; a
// closed review is read-only (422). People and reviews are found in the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../../app/catalogue/index.js';
import type { DeepDiveView } from '../../../app/deep-dives/index.js';
import { addDays, londonDate } from '../../../domain/periods/index.js';
import {
  apiAs,
  FIXED_NOW,
  startTestServer,
  type TestServer,
} from '../../../../test/support/test-server.js';
import { bystanderOf, performanceTeam } from '../../../../test/support/demo-at.js';

let server: TestServer;
let cat: Catalogue;
let adminId: string;
let open: DeepDiveView;
let strangerId: string;
const today = londonDate(FIXED_NOW);

beforeAll(async () => {
  server = await startTestServer();
  cat = await loadCatalogue(server.deps.store);
  adminId = performanceTeam(cat)[0]!.id;
  const list = await apiAs(server.url, adminId).get('/api/deep-dives?status=open');
  open = list.body[0];
  strangerId = bystanderOf(cat, cat.indicators.get(open.indicator.id)!)!.id;
});
afterAll(async () => {
  await server?.stop();
});

describe('deep-dive routes', () => {
  it('lists reviews and shows one to anyone signed in, with what they may do', async () => {
    const stranger = apiAs(server.url, strangerId);
    const all = await stranger.get('/api/deep-dives');
    expect(all.status).toBe(200);
    expect(all.body.map((r: DeepDiveView) => r.status)).toContain('closed');
    const byCode = await stranger.get(`/api/deep-dives?indicator=${open.indicator.code}`);
    expect(byCode.body.map((r: DeepDiveView) => r.id)).toContain(open.id);
    const one = await stranger.get(`/api/deep-dives/${open.id}`);
    expect(one.status).toBe(200);
    expect(one.body.may).toEqual({ write: false, manage: false, close: false });
    expect((await stranger.get('/api/deep-dives?status=sideways')).status).toBe(400);
    expect((await stranger.get('/api/deep-dives/no-such-review')).status).toBe(404);
    expect((await apiAs(server.url, null).get('/api/deep-dives')).status).toBe(401);
  });

  it('opens one for the performance team only: 403 first, then 400 naming each field', async () => {
    const refused = await apiAs(server.url, strangerId).post('/api/deep-dives', { dueDate: 'x' });
    expect(refused.status).toBe(403);
    const admin = apiAs(server.url, adminId);
    const bad = await admin.post('/api/deep-dives', {
      indicator: open.indicator.code,
      trigger: 'committee',
      scope: 'Why',
      leadOfficerId: open.lead.id,
      dueDate: '31/12/2030',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((p: { field: string }) => p.field)).toEqual([
      'requestedBy',
      'dueDate',
    ]);
    const reviewed = new Set(
      (await admin.get('/api/deep-dives')).body.map((r: DeepDiveView) => r.indicator.id),
    );
    const other = [...cat.indicators.values()].find((i) => !i.retired && !reviewed.has(i.id))!;
    const made = await admin.post('/api/deep-dives', {
      indicator: other.code,
      trigger: 'performance-team',
      scope: 'A look at the trend',
      leadOfficerId: other.responsibleId,
      dueDate: addDays(today, 28),
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'open', indicator: { code: other.code } });
  });

  it('changes a review with its version: 403 for a stranger, 409 when stale', async () => {
    const url = `/api/deep-dives/${open.id}`;
    const stranger = await apiAs(server.url, strangerId).patch(url, { findings: 42 });
    expect(stranger.status).toBe(403);
    const lead = apiAs(server.url, open.lead.id);
    const bad = await lead.patch(url, { version: open.version, answers: { implications: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].field).toBe('answers.implications');
    const done = await lead.patch(url, {
      version: open.version,
      answers: { effectOnPrioritiesAndRisks: 'Puts the <b>priority</b> at risk' },
    });
    expect(done.status).toBe(200);
    expect(
      done.body.questions.find((q: { key: string }) => q.key === 'effectOnPrioritiesAndRisks'),
    ).toMatchObject({ answer: 'Puts the <b>priority</b> at risk' });
    const stale = await lead.patch(url, { version: open.version, findings: 'On a stale view' });
    expect(stale.status).toBe(409);
    open = done.body;
  });

  it('closes with findings and an outcome, then refuses every change (422)', async () => {
    const lead = apiAs(server.url, open.lead.id);
    const close = `/api/deep-dives/${open.id}/close`;
    const missing = await lead.post(close, { version: open.version });
    expect(missing.status).toBe(400);
    expect(missing.body.problems.map((p: { field: string }) => p.field)).toEqual([
      'findings',
      'outcome',
    ]);
    expect((await apiAs(server.url, strangerId).post(close, {})).status).toBe(403);
    const closed = await lead.post(close, {
      version: open.version,
      findings: 'Capacity is the cause',
      outcome: 'Agreed by the Corporate Management Team',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: { id: open.lead.id } });
    const admin = apiAs(server.url, adminId);
    const later = await admin.patch(`/api/deep-dives/${open.id}`, {
      version: closed.body.version,
      findings: 'Changed afterwards',
    });
    expect(later.status).toBe(422);
    expect((await admin.post(close, { version: closed.body.version, outcome: 'x' })).status).toBe(
      422,
    );
    const after = await admin.get(`/api/deep-dives/${open.id}`);
    expect(after.body.findings).toBe('Capacity is the cause');
  });
});
