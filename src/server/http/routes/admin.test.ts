// The performance team's set-up through the real API: role check first (403), every field problem
// named (400), stale versions refused (409), targets profiled, and every write in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../../demo/index.js';
import { apiAs, startTestServer, type TestServer } from '../../../../test/support/test-server.js';

let server: TestServer;
let admin: ReturnType<typeof apiAs>;
let officer: ReturnType<typeof apiAs>;
let template: Record<string, unknown>;

beforeAll(async () => {
  server = await startTestServer();
  admin = apiAs(server.url, DEMO_PEOPLE_IDS.admin);
  officer = apiAs(server.url, DEMO_PEOPLE_IDS.collectionOfficer);
  const existing = (await admin.get('/api/admin/indicators')).body[0];
  const { id: _id, version: _v, retired: _r, reminderPolicy: _p, ...fields } = existing;
  template = {
    ...fields,
    code: 'ZZ01',
    title: 'Test indicator',
    frequency: 'quarterly',
    ytd: 'sum',
    unit: 'count',
    decimals: 0,
    polarity: 'higher',
    contextOnly: false,
  };
});

afterAll(async () => {
  await server?.stop();
});

describe('admin API', () => {
  it('refuses anyone outside the performance team with 403, whatever the body', async () => {
    expect((await officer.get('/api/admin/indicators')).status).toBe(403);
    expect((await officer.post('/api/admin/indicators', { nonsense: true })).status).toBe(403);
    expect((await officer.put('/api/admin/rating-scheme', {})).status).toBe(403);
  });

  it('names every problem with a new indicator', async () => {
    const res = await admin.post('/api/admin/indicators', {
      ...template,
      code: 'WR01',
      unit: 'count',
      decimals: 1,
      serviceId: 'no-such-service',
      authoriserId: template.collectorId,
    });
    expect(res.status).toBe(400);
    const fields = res.body.problems.map((p: { field: string }) => p.field).sort();
    expect(fields).toEqual(['authoriserId', 'code', 'decimals', 'serviceId']);
  });

  it('creates, edits (409 when stale), retires an indicator, all audited from the tab', async () => {
    const created = await admin.post('/api/admin/indicators', template);
    expect(created.status).toBe(201);
    const { id, version } = created.body;
    const edited = await admin.put(`/api/admin/indicators/${id}`, { version, title: 'Renamed' });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('Renamed');
    const stale = await admin.put(`/api/admin/indicators/${id}`, { version, title: 'Again' });
    expect(stale.status).toBe(409);
    const retired = await admin.post(`/api/admin/indicators/${id}/retire`, {
      version: edited.body.version,
    });
    expect(retired.body.retired).toBe(true);
    const audit = await admin.get(`/api/audit?list=indicators&itemId=${id}`);
    const events = audit.body.map(
      (a: { event: string; channel: string }) => `${a.event}/${a.channel}`,
    );
    expect(events.sort()).toEqual([
      'indicator.created/tab',
      'indicator.retired/tab',
      'indicator.updated/tab',
    ]);
  });

  it('profiles an annual target across the periods: 1,200 over quarters weighted 1:2:3:4', async () => {
    const created = await admin.post('/api/admin/indicators', { ...template, code: 'ZZ02' });
    const res = await admin.put('/api/admin/targets', {
      indicatorId: created.body.id,
      year: '2025/26',
      annual: 1200,
      weights: [1, 2, 3, 4],
    });
    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual({
      '2025/26 Q1': 120,
      '2025/26 Q2': 240,
      '2025/26 Q3': 360,
      '2025/26 Q4': 480,
    });
    // Setting it again without the version read is a conflict, with it an update.
    const again = { indicatorId: created.body.id, year: '2025/26', annual: 400 };
    expect((await admin.put('/api/admin/targets', again)).status).toBe(409);
    const replaced = await admin.put('/api/admin/targets', { ...again, version: res.body.version });
    expect(replaced.body.profile['2025/26 Q1']).toBe(100);
  });

  it('validates the rating scheme tolerances and switches to RAG', async () => {
    const current = await admin.get('/api/admin/rating-scheme');
    const bad = await admin.put('/api/admin/rating-scheme', {
      scheme: { kind: 'rag', greenTolerance: 0.1, amberTolerance: 0.05 },
      version: current.body.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].field).toBe('amberTolerance');
    const good = await admin.put('/api/admin/rating-scheme', {
      scheme: { kind: 'rag', greenTolerance: 0, amberTolerance: 0.05 },
      version: current.body.version,
    });
    expect(good.status).toBe(200);
    const back = await admin.put('/api/admin/rating-scheme', {
      scheme: { kind: 'four-level' },
      version: good.body.version,
    });
    expect(back.body.scheme).toEqual({ kind: 'four-level' });
  });

  it('adds a person under their Entra object id and changes their roles', async () => {
    const oid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const created = await admin.post('/api/admin/people', {
      id: oid,
      name: 'New Analyst',
      email: 'New.Analyst@example.gov.uk',
      jobTitle: 'Performance Analyst',
      roles: ['officer'],
      delegateId: null,
      onLeaveUntil: null,
      directorateId: null,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: oid, email: 'new.analyst@example.gov.uk' });
    const updated = await admin.put(`/api/admin/people/${oid}`, {
      version: created.body.version,
      roles: ['officer', 'admin'],
    });
    expect(updated.body.roles).toEqual(['officer', 'admin']);
    const me = await admin.get('/api/admin/people');
    const self = me.body.find((p: { id: string }) => p.id === DEMO_PEOPLE_IDS.admin);
    const lockout = await admin.put(`/api/admin/people/${DEMO_PEOPLE_IDS.admin}`, {
      version: self.version,
      roles: ['officer'],
    });
    expect(lockout.status).toBe(400);
  });
});

describe('meeting stage relay', () => {
  it('lets the presenter move the stage, and refuses others unless they take over', async () => {
    const meeting = encodeURIComponent('19:meeting_abc/def==@thread.v2');
    const leader = apiAs(server.url, DEMO_PEOPLE_IDS.leadership);
    expect((await leader.get(`/api/meetings/${meeting}/stage`)).body).toBeNull();
    const shared = await leader.put(`/api/meetings/${meeting}/stage`, { route: '#/dashboard' });
    expect(shared.body).toMatchObject({ presenterId: DEMO_PEOPLE_IDS.leadership, seq: 1 });
    await leader.put(`/api/meetings/${meeting}/stage`, { route: '#/indicators/WR01' });
    expect((await officer.get(`/api/meetings/${meeting}/stage`)).body).toMatchObject({
      route: '#/indicators/WR01',
      seq: 2,
    });
    expect(
      (await officer.put(`/api/meetings/${meeting}/stage`, { route: '#/my-work' })).status,
    ).toBe(403);
    const took = await officer.put(`/api/meetings/${meeting}/stage`, {
      route: '#/dashboard',
      takeOver: true,
    });
    expect(took.body).toMatchObject({ presenterId: DEMO_PEOPLE_IDS.collectionOfficer, seq: 3 });
    expect(
      (await leader.put(`/api/meetings/${meeting}/stage`, { route: 'javascript:x' })).status,
    ).toBe(400);
  });
});
