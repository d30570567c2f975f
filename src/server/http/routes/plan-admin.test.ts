// The plan set-up through the real API: 403 before the body is read for anyone without the right,
// 400 naming the field, 404 for an unknown id, 409 on a stale version or an existing next year,
// service heads limited to their own service plans, and every route in the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../../demo/index.js';
import { financialYearLabel, parseFinancialYear } from '../../../domain/periods/index.js';
import { apiAs, startTestServer, type TestServer } from '../../../../test/support/test-server.js';

let server: TestServer;
let admin: ReturnType<typeof apiAs>;
let officer: ReturnType<typeof apiAs>;

beforeAll(async () => {
  server = await startTestServer();
  admin = apiAs(server.url, DEMO_PEOPLE_IDS.admin);
  officer = apiAs(server.url, DEMO_PEOPLE_IDS.collectionOfficer);
});
afterAll(async () => {
  await server?.stop();
});

const fieldsOf = (body: { problems: { field: string }[] }) =>
  body.problems.map((p) => p.field).sort();

describe('plan set-up API', () => {
  it('refuses anyone without the right with 403, whatever the body', async () => {
    expect((await officer.get('/api/admin/plans')).status).toBe(403);
    expect((await officer.post('/api/admin/plans', { nonsense: true })).status).toBe(403);
    expect((await officer.post('/api/admin/priorities', {})).status).toBe(403);
    expect((await officer.get('/api/admin/service-plans')).status).toBe(403);
    expect((await officer.put('/api/admin/key-action-check', {})).status).toBe(403);
    const plans = (await admin.get('/api/admin/service-plans')).body;
    expect(
      (await officer.post(`/api/admin/service-plans/${plans[0].id}/key-actions`, {})).status,
    ).toBe(403);
  });

  it('creates a plan, a priority and an objective, reorders and retires, naming problems', async () => {
    // A later plan, after the current one whatever day the suite runs (GT_TEST_NOW).
    const current = (await admin.get('/api/admin/plans')).body.find(
      (p: { current: boolean }) => p.current,
    );
    const y = parseFinancialYear(current.lastYear) + 1;
    const [first, second, third] = [y, y + 1, y + 2].map(financialYearLabel);
    const bad = await admin.post('/api/admin/plans', {
      code: 'KL',
      title: 'Corporate Business Plan',
      firstYear: second,
      lastYear: first,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['lastYear']);
    expect((await admin.post('/api/admin/plans', { code: 'KL' })).status).toBe(400);

    const plan = await admin.post('/api/admin/plans', {
      code: 'KL',
      title: 'Corporate Business Plan',
      firstYear: first,
      lastYear: third,
    });
    expect(plan.status).toBe(201);
    expect(plan.body.current).toBe(false);
    const p1 = await admin.post('/api/admin/priorities', {
      planId: plan.body.id,
      code: 'KL-P1',
      title: 'Focusing on delivery',
    });
    const p2 = await admin.post('/api/admin/priorities', {
      planId: plan.body.id,
      code: 'KL-P2',
      title: 'Protecting our environment',
    });
    expect([p1.status, p2.status]).toEqual([201, 201]);
    const dup = await admin.post('/api/admin/priorities', {
      planId: 'no-such-plan',
      code: 'kl-p1',
      title: '',
    });
    expect(fieldsOf(dup.body)).toEqual(['code', 'planId', 'title']);

    const objective = await admin.post('/api/admin/objectives', {
      priorityId: p1.body.id,
      code: 'KL-O1',
      title: 'Deliver the local plan',
    });
    expect(objective.status).toBe(201);

    const reordered = await admin.post(`/api/admin/plans/${plan.body.id}/reorder`, {
      items: [p2.body, p1.body].map((p) => ({ id: p.id, version: p.version })),
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.map((p: { code: string }) => p.code)).toEqual(['KL-P2', 'KL-P1']);
    const stale = await admin.post(`/api/admin/plans/${plan.body.id}/reorder`, {
      items: [p1.body, p2.body].map((p) => ({ id: p.id, version: p.version })),
    });
    expect(stale.status).toBe(409);

    const retired = await admin.post(`/api/admin/objectives/${objective.body.id}/retire`, {
      version: objective.body.version,
    });
    expect(retired.body.retired).toBe(true);
    const staleEdit = await admin.put(`/api/admin/objectives/${objective.body.id}`, {
      version: objective.body.version,
      title: 'Again',
    });
    expect(staleEdit.status).toBe(409);
    expect((await admin.put('/api/admin/objectives/nope', { version: 'v' })).status).toBe(404);

    const audit = await server.deps.store.audit({ itemId: objective.body.id });
    expect(audit.map((a) => a.event).sort()).toEqual(['objective.created', 'objective.retired']);
  });

  it('lets a service head see and change only their own service plans', async () => {
    const all = (await admin.get('/api/admin/service-plans')).body as {
      id: string;
      ownerId: string;
      version: string;
    }[];
    const ownerId = all.find((sp) => sp.ownerId !== DEMO_PEOPLE_IDS.admin)!.ownerId;
    const head = apiAs(server.url, ownerId);
    const mine = (await head.get('/api/admin/service-plans')).body as typeof all;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    const other = all.find((sp) => !mine.some((m) => m.id === sp.id))!;
    expect((await head.put(`/api/admin/service-plans/${other.id}`, {})).status).toBe(403);
    expect((await head.get('/api/admin/service-plans/nope/key-actions')).status).toBe(404);

    const target = mine[0]!;
    const body = {
      code: 'HEAD-KA1',
      title: 'Review the service',
      ownerId,
      businessAsUsual: true,
      startDate: '2026-05-01',
      dueDate: '2026-04-01',
      milestones: [{ title: 'Scope agreed', dueDate: 'soon' }],
    };
    const bad = await head.post(`/api/admin/service-plans/${target.id}/key-actions`, body);
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['milestones.0.dueDate']);
    const worse = await head.post(`/api/admin/service-plans/${target.id}/key-actions`, {
      ...body,
      milestones: [],
    });
    expect(fieldsOf(worse.body)).toEqual(['dueDate']);
    const created = await head.post(`/api/admin/service-plans/${target.id}/key-actions`, {
      ...body,
      dueDate: '2027-03-31',
      milestones: [{ title: 'Scope agreed', dueDate: '2026-06-30' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'not-started', percentComplete: 0 });
    const edited = await head.put(`/api/admin/key-actions/${created.body.id}`, {
      version: created.body.version,
      corporateProject: true,
    });
    expect(edited.body.corporateProject).toBe(true);
    expect((await officer.put(`/api/admin/key-actions/${created.body.id}`, {})).status).toBe(403);
  });

  it('previews and starts next year once; the second time is 409', async () => {
    const all = (await admin.get('/api/admin/service-plans')).body as {
      id: string;
      year: string;
    }[];
    const latest = all.reduce((a, b) => (b.year > a.year ? b : a));
    const preview = await admin.get(`/api/admin/service-plans/${latest.id}/next-year`);
    expect(preview.status).toBe(200);
    expect(preview.body.existing).toBeNull();
    const started = await admin.post(`/api/admin/service-plans/${latest.id}/next-year`, {
      version: preview.body.servicePlan.version,
    });
    expect(started.status).toBe(201);
    expect(started.body.carried).toBe(preview.body.carried.length);
    const again = await admin.post(`/api/admin/service-plans/${latest.id}/next-year`, {
      version: preview.body.servicePlan.version,
    });
    expect(again.status).toBe(409);
  });

  it('reads and sets whether key-action updates need a check', async () => {
    const now = await admin.get('/api/admin/key-action-check');
    expect(now.body.keyActionUpdatesNeedCheck).toBe(false);
    const bad = await admin.put('/api/admin/key-action-check', { version: now.body.version });
    expect(fieldsOf(bad.body)).toEqual(['keyActionUpdatesNeedCheck']);
    const set = await admin.put('/api/admin/key-action-check', {
      keyActionUpdatesNeedCheck: true,
      version: now.body.version,
    });
    expect(set.body.keyActionUpdatesNeedCheck).toBe(true);
  });

  it('describes every set-up route in the OpenAPI document', async () => {
    const doc = (await admin.get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/admin/plans',
        '/api/admin/priorities/{id}/reorder',
        '/api/admin/service-plans/{id}/next-year',
        '/api/admin/key-actions/{id}/retire',
      ]),
    );
  });
});
