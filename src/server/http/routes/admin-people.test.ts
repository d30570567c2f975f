// People admin beyond roles: delegate and leave date, and retiring someone who has left (no roles,
// no delegate, audited as person.retired), refused while indicators or colleagues still rely on them.
// And the indicator's own audit trail route, which the indicator page shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../../demo/index.js';
import { apiAs, startTestServer, type TestServer } from '../../../../test/support/test-server.js';

let server: TestServer;
let admin: ReturnType<typeof apiAs>;

beforeAll(async () => {
  server = await startTestServer();
  admin = apiAs(server.url, DEMO_PEOPLE_IDS.admin);
});

afterAll(async () => {
  await server?.stop();
});

const newcomer = (email: string) => ({
  name: 'Temporary Analyst',
  email,
  jobTitle: 'Analyst',
  roles: ['officer'],
  delegateId: null,
  onLeaveUntil: null,
  directorateId: null,
});

describe('people admin: delegate, leave date, retire', () => {
  it('records a delegate and a leave date, and names a bad date', async () => {
    const created = await admin.post('/api/admin/people', newcomer('temp.one@example.gov.uk'));
    const id = created.body.id;
    const bad = await admin.put(`/api/admin/people/${id}`, {
      version: created.body.version,
      onLeaveUntil: '2025-02-30',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].field).toBe('onLeaveUntil');
    const ok = await admin.put(`/api/admin/people/${id}`, {
      version: created.body.version,
      delegateId: DEMO_PEOPLE_IDS.collectionOfficer,
      onLeaveUntil: '2025-12-19',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      delegateId: DEMO_PEOPLE_IDS.collectionOfficer,
      onLeaveUntil: '2025-12-19',
    });
  });

  it('retires a person: roles and delegate removed, audited as person.retired with the note', async () => {
    const created = await admin.post('/api/admin/people', {
      ...newcomer('temp.two@example.gov.uk'),
      delegateId: DEMO_PEOPLE_IDS.collectionOfficer,
    });
    const id = created.body.id;
    const res = await admin.post(`/api/admin/people/${id}/retire`, {
      version: created.body.version,
      note: 'Left the council on 31/10/2025',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ roles: [], delegateId: null });
    const audit = await admin.get(`/api/audit?list=people&itemId=${id}`);
    const retired = audit.body.find((a: { event: string }) => a.event === 'person.retired');
    expect(retired).toMatchObject({ channel: 'tab', note: 'Left the council on 31/10/2025' });
  });

  it('refuses to retire someone live indicators still name, listing the codes', async () => {
    const people = await admin.get('/api/admin/people');
    const officer = people.body.find(
      (p: { id: string }) => p.id === DEMO_PEOPLE_IDS.collectionOfficer,
    );
    const res = await admin.post(`/api/admin/people/${officer.id}/retire`, {
      version: officer.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/still looks after WR\d\d/);
  });

  it('refuses a stale version with 409, and anyone outside the team with 403', async () => {
    const created = await admin.post('/api/admin/people', newcomer('temp.three@example.gov.uk'));
    const officer = apiAs(server.url, DEMO_PEOPLE_IDS.collectionOfficer);
    const body = { version: created.body.version };
    expect((await officer.post(`/api/admin/people/${created.body.id}/retire`, body)).status).toBe(
      403,
    );
    expect(
      (await admin.post(`/api/admin/people/${created.body.id}/retire`, { version: 'stale' }))
        .status,
    ).toBe(409);
  });
});

describe('GET /api/indicators/:code/audit', () => {
  it('lists changes to the indicator itself and its target, newest first, with names', async () => {
    const list = await admin.get('/api/admin/indicators');
    const wr01 = list.body.find((i: { code: string }) => i.code === 'WR01');
    await admin.put(`/api/admin/indicators/${wr01.id}`, {
      version: wr01.version,
      title: `${wr01.title} (renamed)`,
    });
    const res = await admin.get('/api/indicators/wr01/audit?top=5');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeLessThanOrEqual(5);
    expect(res.body[0]).toMatchObject({
      subject: 'indicator',
      event: 'indicator.updated',
      changed: ['title'],
    });
    const times = res.body.map((l: { at: string }) => l.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await admin.get('/api/indicators/NOPE99/audit')).status).toBe(404);
  });
});
