// The meeting stage over HTTP, in tenant mode on the SharePoint store (the Graph emulator): who may
// present is Teams' answer (a Get participant stand-in), a second server instance on the same site
// sees the same presenter, an unchanged stage is a bodiless 304, and a poll costs no token check and
// no people read once the token is known. The Graph requests per poll are measured here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../../../../test/graph-emulator/index.js';
import type { SharePointStore } from '../../../stores/sharepoint/index.js';
import { openSharePointStore } from '../../../stores/sharepoint/index.js';
import { emulatedStore, emulatorGraph } from '../../../../test/graph-emulator/emulated-site.js';
import { councillorFields } from '../../../../test/contract/suite/contract-meeting-stage.js';
import { loadConfig } from '../../../platform/config/config.js';
import { createLogger } from '../../../platform/logging/logger.js';
import { teamsParticipantRoles } from '../../meetings/teams-participant-roles.js';
import { startServer, type RunningServer } from '../../../compose/start-server.js';
import {
  FAKE_TENANT,
  startFakeEntra,
  tenantServerOptions,
  type FakeEntra,
} from '../../../../test/browser/support/fake-entra.js';
import {
  startParticipantsStandIn,
  type ParticipantsStandIn,
} from '../../../../test/browser/support/meeting-participants.js';
import { TEST_NOW } from '../../../../test/support/test-clock.js';

const MEETING = 'MCMxOTptZWV0aW5nX01UZzRaVEl6@thread.v2';
const CHAIR = 'aaaaaaaa-1111-4222-8333-000000000001';
const DEPUTY = 'aaaaaaaa-1111-4222-8333-000000000002';
const ATTENDEE = 'aaaaaaaa-1111-4222-8333-000000000003';

let emulator: GraphEmulator;
let entra: FakeEntra;
let teams: ParticipantsStandIn;
let store: SharePointStore;
let second: SharePointStore;
const servers: RunningServer[] = [];
// A clock the test moves by hand, so the stage's one-second read cache is exercised exactly.
let now = TEST_NOW.getTime();
const clock = { now: () => new Date(now) };
const tokens: Record<string, string> = {};

async function start(on: SharePointStore): Promise<RunningServer> {
  const config = loadConfig({ port: 0, host: '127.0.0.1', ...tenantServerOptions(entra) }, {});
  const server = await startServer({
    config,
    logger: createLogger('silent'),
    clock,
    store: on,
    meetingRoles: teamsParticipantRoles({
      serviceUrl: teams.serviceUrl,
      tenantId: FAKE_TENANT,
      getToken: async () => 'stand-in-bot-token',
    }),
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  emulator = await startGraphEmulator();
  entra = await startFakeEntra();
  teams = await startParticipantsStandIn(FAKE_TENANT);
  teams.setRole(MEETING, CHAIR, 'Organizer');
  teams.setRole(MEETING, DEPUTY, 'Presenter');
  teams.setRole(MEETING, ATTENDEE, 'Attendee');
  const made = await emulatedStore(emulator, { clock: () => clock.now() });
  store = made.store;
  const ctx = { actorId: 'system', channel: 'import' as const };
  for (const [id, name] of [
    [CHAIR, 'Alex Chair'],
    [DEPUTY, 'Sam Deputy'],
    [ATTENDEE, 'Jo Attendee'],
  ] as const) {
    await store.create('people', councillorFields(id, name), ctx, id);
  }
  // A second server instance: its own store object (own caches) on the same site.
  second = openSharePointStore({ graph: emulatorGraph(emulator), site: made.siteId });
  for (const id of [CHAIR, DEPUTY, ATTENDEE])
    tokens[id] = await entra.token({ oid: id }, clock.now());
}, 60_000);

afterAll(async () => {
  for (const s of servers) await s.close();
  await teams?.close();
  await entra?.close();
  await emulator?.close();
});

async function call(
  server: RunningServer,
  who: string,
  method: string,
  body?: unknown,
  etag?: string,
) {
  const headers: Record<string, string> = { authorization: `Bearer ${tokens[who]}` };
  if (body) headers['content-type'] = 'application/json';
  if (etag) headers['if-none-match'] = etag;
  const res = await fetch(`${server.url}/api/meetings/${encodeURIComponent(MEETING)}/stage`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    body: text ? (JSON.parse(text) as Record<string, unknown> | null) : undefined,
  };
}

describe('the meeting stage API', () => {
  it('lets Teams decide who may present, and shows one presenter to two instances', async () => {
    const one = await start(store);
    const two = await start(second);
    // An attendee cannot take the stage, even claiming a share Teams would have refused.
    const refused = await call(one, ATTENDEE, 'PUT', { route: '#/dashboard', takeOver: true });
    expect(refused.status).toBe(403);
    expect(refused.body!.message).toMatch(/organisers and presenters/);
    expect((await call(two, DEPUTY, 'GET')).body).toBeNull();

    const shared = await call(one, CHAIR, 'PUT', { route: '#/dashboard', takeOver: true });
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ presenterId: CHAIR, presenterName: 'Alex Chair', seq: 1 });
    now += 1500;
    // The other instance reads the store, not its own memory.
    expect((await call(two, DEPUTY, 'GET')).body).toMatchObject({ presenterId: CHAIR, seq: 1 });
    // Only the presenter moves it; another presenter must share to take over.
    const moved = await call(two, DEPUTY, 'PUT', { route: '#/indicators/WR01' });
    expect(moved.status).toBe(403);
    expect(moved.body!.message).toMatch(/Alex Chair is presenting/);
    const taken = await call(two, DEPUTY, 'PUT', { route: '#/indicators/WR01', takeOver: true });
    expect(taken.body).toMatchObject({ presenterId: DEPUTY, seq: 2 });
  });

  it('refuses a malformed meeting id or route with 400', async () => {
    const server = servers[0]!;
    const bad = await call(server, CHAIR, 'PUT', { route: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/route/);
  });

  it('answers an unchanged stage 304, and costs at most one Graph request a second for all viewers', async () => {
    const [one, two] = servers as [RunningServer, RunningServer];
    now += 1500;
    const first = await call(one, ATTENDEE, 'GET');
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/"stage-/);
    const same = await call(one, ATTENDEE, 'GET', undefined, first.etag!);
    expect(same.status).toBe(304);
    expect(same.body).toBeUndefined();

    // Each viewer's first poll on this instance checks its token and reads the person once.
    now += 1500;
    for (const who of [CHAIR, DEPUTY, ATTENDEE])
      await call(one, who, 'GET', undefined, first.etag!);
    // Then three viewers poll five times within one second: one delta on the stage list, and no
    // token check or people read (each token's identity is cached until it expires).
    now += 1500;
    const before = store.metrics().requestCount;
    for (let round = 0; round < 5; round++)
      for (const who of [CHAIR, DEPUTY, ATTENDEE])
        expect((await call(one, who, 'GET', undefined, first.etag!)).status).toBe(304);
    const perRound = store.metrics().requestCount - before;
    expect(perRound).toBe(1);
    console.info(`stage polls: 15 polls by 3 viewers in one second → ${perRound} Graph request(s)`);

    // A move on the other instance shows on this one once its second is up: a new ETag, a body.
    await call(two, DEPUTY, 'PUT', { route: '#/dashboard?period=2025-10' });
    expect((await call(one, ATTENDEE, 'GET', undefined, first.etag!)).status).toBe(304);
    now += 1000;
    const next = await call(one, ATTENDEE, 'GET', undefined, first.etag!);
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ route: '#/dashboard?period=2025-10', seq: 3 });
    expect(next.etag).not.toBe(first.etag);
    // Teams was asked about roles only for claims, never for polls or the presenter's moves.
    expect(teams.lookups).toBe(3);
  });
});
