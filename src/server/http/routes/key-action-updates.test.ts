// The key-action update routes over real HTTP on the demo council (the suite's fixed day): my
// updates, submit (400 naming the field, 403 for anyone but the owner or delegate, 409 when stale,
// 404 for no such update), the OpenAPI document naming them, and the check and send-back when the
// council checks updates. People and updates are found in the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import type { KeyActionUpdateView } from '../../../app/key-action-updates/index.js';
import { apiAs, startTestServer, type TestServer } from '../../../../test/support/test-server.js';

let server: TestServer;
let ownerId: string;
let strangerId: string;
let due: KeyActionUpdateView[];

beforeAll(async () => {
  server = await startTestServer();
  const cat = await loadCatalogue(server.deps.store);
  for (const id of new Set(cat.keyActions.map((a) => a.ownerId))) {
    const res = await apiAs(server.url, id).get('/api/key-action-updates/mine');
    const own = (res.body.toUpdate as KeyActionUpdateView[]).filter(
      (v) => v.action.owner?.id === id,
    );
    if (own.length >= 2) {
      ownerId = id;
      due = own;
      break;
    }
  }
  if (!ownerId) throw new Error('the demo promises an owner with two updates due');
  const delegate = cat.people.get(ownerId)!.delegateId;
  strangerId = [...cat.people.values()].find(
    (p) => p.id !== ownerId && p.id !== delegate && !p.roles.includes('admin'),
  )!.id;
});
afterAll(async () => {
  await server?.stop();
});

describe('key-action update routes', () => {
  it('lists my updates, each with the action’s last update and due date', async () => {
    const res = await apiAs(server.url, ownerId).get('/api/key-action-updates/mine');
    expect(res.status).toBe(200);
    expect(res.body.toCheck).toEqual([]);
    expect(res.body.toUpdate[0]).toMatchObject({ state: 'due', allowed: ['submit'] });
    expect(res.body.toUpdate[0].dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers 400 naming the field, 403 for a stranger, 404 for no such update', async () => {
    const [first] = due;
    const owner = apiAs(server.url, ownerId);
    const bad = await owner.post(`/api/key-action-updates/${first!.id}/submit`, {
      version: first!.version,
      status: 'sideways',
      percentComplete: 60,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].field).toBe('status');
    const risky = await owner.post(`/api/key-action-updates/${first!.id}/submit`, {
      version: first!.version,
      status: 'some-risk',
      percentComplete: 40,
      revisedDueDate: '2026-09-30',
    });
    expect(risky.status).toBe(400);
    expect(risky.body.problems.map((p: { field: string }) => p.field)).toEqual([
      'commentary',
      'revisedDueReason',
    ]);
    const stranger = await apiAs(server.url, strangerId).post(
      `/api/key-action-updates/${first!.id}/submit`,
      { version: first!.version, status: 'on-track', percentComplete: 60 },
    );
    expect(stranger.status).toBe(403);
    const none = await owner.post('/api/key-action-updates/no-such-update/submit', {
      version: '1',
      status: 'on-track',
      percentComplete: 60,
    });
    expect(none.status).toBe(404);
  });

  it('takes the owner’s update, shows it on the action, and refuses the same version again (409)', async () => {
    const [first] = due;
    const owner = apiAs(server.url, ownerId);
    const ok = await owner.post(`/api/key-action-updates/${first!.id}/submit`, {
      version: first!.version,
      status: 'on-track',
      outcome: 'exceeding',
      percentComplete: 80,
      commentary: 'Ahead of plan',
      evidenceUrl: 'https://council.example/evidence/ka.pdf',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.action).toMatchObject({
      status: 'on-track',
      percentComplete: 80,
      rating: { state: 'strong', label: 'Strong' },
    });
    const stale = await owner.post(`/api/key-action-updates/${first!.id}/submit`, {
      version: first!.version,
      status: 'complete',
    });
    expect(stale.status).toBe(409);
    const audit = await owner.get(`/api/key-action-updates/${first!.id}/audit`);
    expect(audit.body.map((a: { event: string }) => a.event)).toContain(
      'keyActionUpdate.submitted',
    );
  });

  it('is in the OpenAPI document', async () => {
    const doc = await apiAs(server.url, ownerId).get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/key-action-updates/mine',
        '/api/key-action-updates/{id}/submit',
        '/api/key-action-updates/{id}/check',
        '/api/key-action-updates/{id}/send-back',
      ]),
    );
  });

  it('with checks on, the service head checks or sends back; the owner may not check', async () => {
    await server.deps.store.create(
      'settings',
      { key: 'keyActionUpdatesNeedCheck', value: true },
      { actorId: 'test', channel: 'system' },
    );
    const second = due[1]!;
    const owner = apiAs(server.url, ownerId);
    const given = await owner.post(`/api/key-action-updates/${second.id}/submit`, {
      version: second.version,
      status: 'on-track',
      percentComplete: 50,
    });
    expect(given.status).toBe(200);
    expect(given.body.state).toBe('submitted');
    const head = given.body.checker.id as string;
    expect(
      (
        await owner.post(`/api/key-action-updates/${second.id}/check`, {
          version: given.body.version,
        })
      ).status,
    ).toBe(403);
    const checker = apiAs(server.url, head);
    const blank = await checker.post(`/api/key-action-updates/${second.id}/send-back`, {
      version: given.body.version,
    });
    expect(blank.status).toBe(400);
    expect(blank.body.problems[0].field).toBe('reason');
    const back = await checker.post(`/api/key-action-updates/${second.id}/send-back`, {
      version: given.body.version,
      reason: 'Say what 50% covers',
    });
    expect(back.body).toMatchObject({ state: 'due', sentBackReason: 'Say what 50% covers' });
    const again = await owner.post(`/api/key-action-updates/${second.id}/submit`, {
      version: back.body.version,
      status: 'on-track',
      percentComplete: 50,
      commentary: 'Design and tender done',
    });
    const checked = await checker.post(`/api/key-action-updates/${second.id}/check`, {
      version: again.body.version,
    });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({
      state: 'checked',
      action: { lastUpdate: 'Design and tender done' },
    });
  });
});
