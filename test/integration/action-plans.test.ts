// Action plans over real HTTP (issue 14 item 4), on the demo council at the suite's fixed moment:
// the council's approval rule is the performance team's to set; a plan is written with corrective
// actions, followed with progress, approved by a panel member (never its owner) and closed with an
// outcome; every refusal is a 4xx naming what was wrong. People and indicators come from the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPlanView } from '../../src/app/action-plans/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let adminId: string;
let officer: string;
let member: string;
let indicatorId: string;

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
  const indicator = (await server.deps.store.query('indicators')).find(
    (i) => !i.fields.retired && i.fields.responsibleId !== adminId,
  )!;
  indicatorId = indicator.id;
  officer = indicator.fields.responsibleId;
  const officers = [indicator.fields.collectorId, officer, indicator.fields.authoriserId];
  member = people.find((p) => !officers.includes(p.id) && !p.fields.roles.includes('admin'))!.id;
}, 60_000);
afterAll(() => server?.stop());

const plan = {
  periodKey: '2025/26 Q2',
  reasons: 'Two crews short since August',
  actions: 'Recruit and re-route',
  dueDate: '2026-01-31',
  expectedRecovery: '2025/26 Q4',
  correctiveActions: [{ title: 'Recruit two crews', dueDate: '2025-12-15' }],
};

describe('who approves action plans', () => {
  it('is set by the performance team only, with known people on a named panel', async () => {
    const rule = { kind: 'panel', name: 'Corporate Performance Panel', memberIds: [member] };
    const denied = await apiAs(server.url, officer).put('/api/admin/action-plan-approval', {
      rule,
      version: null,
    });
    expect(denied.status).toBe(403);
    const current = await apiAs(server.url, adminId).get('/api/admin/action-plan-approval');
    expect(current.body.value).toEqual({ kind: 'none' });
    const version = current.body.version as string | null;
    const stranger = await apiAs(server.url, adminId).put('/api/admin/action-plan-approval', {
      rule: { ...rule, memberIds: ['nobody-here'] },
      version,
    });
    expect(stranger.status).toBe(400);
    expect(JSON.stringify(stranger.body)).toContain('nobody-here is not a known person');
    const unnamed = await apiAs(server.url, adminId).put('/api/admin/action-plan-approval', {
      rule: { ...rule, name: '  ' },
      version,
    });
    expect(unnamed.status).toBe(400);
    const saved = await apiAs(server.url, adminId).put('/api/admin/action-plan-approval', {
      rule,
      version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.value).toEqual(rule);
    const stale = await apiAs(server.url, adminId).put('/api/admin/action-plan-approval', {
      rule: { kind: 'none' },
      version,
    });
    expect(stale.status).toBe(409);
  });
});

describe('a plan from writing to closing', () => {
  it('is approved by a panel member, followed with progress and closed with an outcome', async () => {
    const created = await apiAs(server.url, officer).post('/api/action-plans', {
      ...plan,
      indicatorId,
      ownerId: officer,
    });
    expect(created.status).toBe(201);
    let p = created.body as ActionPlanView;
    expect(p).toMatchObject({ approval: 'pending', approvalLabel: 'Awaiting approval' });

    const own = await apiAs(server.url, officer).post(`/api/action-plans/${p.id}/approval`, {
      version: p.version,
      decision: 'approve',
    });
    expect(own.status).toBe(403);
    const garbled = await apiAs(server.url, member).post(`/api/action-plans/${p.id}/approval`, {
      version: p.version,
      decision: 'maybe',
    });
    expect(garbled.status).toBe(400);
    const waiting = await apiAs(server.url, member).get('/api/action-plans?awaiting=me');
    expect((waiting.body as ActionPlanView[]).map((x) => x.id)).toContain(p.id);
    const approved = await apiAs(server.url, member).post(`/api/action-plans/${p.id}/approval`, {
      version: p.version,
      decision: 'approve',
      note: 'Agreed at panel',
    });
    expect(approved.status).toBe(200);
    p = approved.body as ActionPlanView;
    expect(p).toMatchObject({ approval: 'approved', approvalNote: 'Agreed at panel' });

    const outsider = await apiAs(server.url, member).post(`/api/action-plans/${p.id}/progress`, {
      version: p.version,
      progress: 'x',
    });
    expect(outsider.status).toBe(403);
    const progressed = await apiAs(server.url, officer).post(`/api/action-plans/${p.id}/progress`, {
      version: p.version,
      progress: 'One crew recruited',
      done: [{ index: 0, done: true }],
      add: [{ title: 'Review rounds', dueDate: '2026-01-10' }],
    });
    expect(progressed.status).toBe(200);
    p = progressed.body as ActionPlanView;
    expect(p.correctiveActionViews).toEqual([
      { title: 'Recruit two crews', dueOn: '15/12/2025', done: true, overdue: false },
      { title: 'Review rounds', dueOn: '10/01/2026', done: false, overdue: false },
    ]);
    const badIndex = await apiAs(server.url, officer).post(`/api/action-plans/${p.id}/progress`, {
      version: p.version,
      done: [{ index: 9, done: true }],
    });
    expect(badIndex.status).toBe(400);

    const noOutcome = await apiAs(server.url, officer).post(`/api/action-plans/${p.id}/close`, {
      version: p.version,
      outcome: '',
    });
    expect(noOutcome.status).toBe(400);
    expect(JSON.stringify(noOutcome.body)).toContain('outcome');
    const closed = await apiAs(server.url, officer).post(`/api/action-plans/${p.id}/close`, {
      version: p.version,
      outcome: 'Back on target',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      outcome: 'Back on target',
      overdue: false,
    });
    const missing = await apiAs(server.url, officer).get('/api/action-plans/no-such-plan');
    expect(missing.status).toBe(404);
  });
});
