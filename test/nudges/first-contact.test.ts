// Reaching a person who has never spoken to the bot, through the sender the server composes
// (createNudgeSender): with GT_NUDGE_INSTALL_APP=true the app is installed for them through Graph
// (the real Graph client SDK against the local Graph emulator) and the digest goes to the 1:1 chat
// Graph names; without it a 1:1 conversation is created on the connector (the stand-in). Installs run
// as the app registration (the manifest's webApplicationInfo app) with a token of its own, carrying
// only the install roles; the store's token (the managed identity's Sites.Selected) cannot install.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversationFor } from '../../bot/conversations/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import {
  RateLimiter,
  TEAMS_LIMITS,
  runNudgeCycle,
  simulatedTimer,
  type CycleOptions,
} from '../../src/app/nudges/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import {
  addCatalogApp,
  addUsers,
  startGraphEmulator,
  teamsStateOf,
  type FaultAction,
  type GraphEmulator,
} from '../graph-emulator/index.js';
import { loadConfig, type ConfigOptions } from '../../src/platform/config/config.js';
import { createNudgeSender } from '../../src/compose/scheduler.js';
import { type StandIn } from './connector-stand-in.js';
import { nudgeWorld, type NudgeWorld } from './setup.js';

const AT = new Date('2025-11-20T10:00:00Z');
const TEAMS_APP_ID = '7d3c1f0e-2b4a-4c5d-8e6f-0a1b2c3d4e5f';
const BOT_ID = '3f2e1d0c-9b8a-4765-8432-10fedcba9876';
/** The app registration: the manifest's webApplicationInfo id, which installs run as. */
const REGISTRATION = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
/** What the deployment guide grants the registration for installs (application permissions). */
const INSTALL_ROLES = ['AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All'];
const officer = DEMO_PEOPLE_IDS.collectionOfficer;
const chatOf = (personId: string) => `19:${BOT_ID}_${personId}@unq.gbl.spaces`;

let deps: AppDeps;
let standIn: StandIn;
let emu: GraphEmulator;
let timer: ReturnType<typeof simulatedTimer>;
/** Every Graph request, as `METHOD /path`, and the fault (if any) to answer it with. */
let graphCalls: string[];
let fault: (call: string) => FaultAction | undefined;

let world: NudgeWorld;
let installToken: string;

beforeEach(async () => {
  world = await nudgeWorld(AT);
  ({ deps, standIn, timer } = world);
  // The officer has never opened Golden Thread: no conversation stored.
  const [mine] = await deps.store.query('conversations', { personId: officer });
  await deps.store.delete('conversations', mine!.id, mine!.version, {
    actorId: 'test',
    channel: 'system',
  });
  emu = await startGraphEmulator();
  addCatalogApp(emu.state, {
    externalId: TEAMS_APP_ID,
    botId: BOT_ID,
    azureADAppId: REGISTRATION,
  });
  installToken = emu.issueToken({ appId: REGISTRATION, roles: INSTALL_ROLES });
  addUsers(emu.state, ...(await deps.store.query('people')).map((p) => p.id));
  graphCalls = [];
  fault = () => undefined;
  emu.setFault((info) => {
    const call = `${info.method} ${info.path}`;
    graphCalls.push(call);
    return fault(call);
  });
});
afterEach(async () => {
  await emu.close();
  await world.close();
});

function cycleOptions(config: ConfigOptions): CycleOptions {
  const sender = createNudgeSender(loadConfig({ nudgeIntervalMinutes: 0, ...config }, {}), deps);
  return { sender, limiter: new RateLimiter(TEAMS_LIMITS, timer), timer };
}

const installing = (token = installToken): ConfigOptions => ({
  nudgeInstallApp: true,
  teamsAppId: TEAMS_APP_ID,
  graphBaseUrl: emu.baseUrl,
  installStaticToken: token,
});

const ledgerOf = async (personId: string) =>
  (await deps.store.query('reminderLedger')).filter((e) => e.fields.recipientId === personId);

/** Forget the officer's reminders for today, so the next cycle owes them a digest again. */
async function forgetLedger(personId: string): Promise<void> {
  for (const e of await ledgerOf(personId)) {
    await deps.store.delete('reminderLedger', e.id, e.version, {
      actorId: 'test',
      channel: 'system',
    });
  }
}

const installPath = `/users/${officer}/teamwork/installedApps`;
const toOfficer = (conversationId: string) =>
  standIn.deliveries.filter((d) => d.conversationId === conversationId);

describe('installing the app through Graph for a never-contacted person', () => {
  it('installs it, sends one digest to the new chat, stores it, reuses it', async () => {
    const options = cycleOptions(installing());
    await runNudgeCycle(deps, options);

    const installs = [...teamsStateOf(emu.state).installations.values()];
    expect(installs.map((i) => i.userId)).toEqual([officer]);
    expect(toOfficer(chatOf(officer))).toHaveLength(1);
    expect(JSON.stringify(toOfficer(chatOf(officer))[0]!.body)).toContain('AdaptiveCard');
    expect((await ledgerOf(officer)).every((e) => e.fields.status === 'sent')).toBe(true);
    expect(graphCalls.filter((c) => c === `POST ${installPath}`)).toHaveLength(1);
    expect(graphCalls).toContain(`GET ${installPath}/${installs[0]!.id}/chat`);
    const stored = await conversationFor(deps, officer);
    expect(stored).toMatchObject({ conversationId: chatOf(officer), serviceUrl: standIn.url });

    await forgetLedger(officer);
    const before = graphCalls.length;
    await runNudgeCycle(deps, options);
    expect(graphCalls.length).toBe(before);
    expect(toOfficer(chatOf(officer))).toHaveLength(2);
    expect(await deps.store.query('conversations', { personId: officer })).toHaveLength(1);
  });

  it('finds the chat when the app is already installed (409 Conflict)', async () => {
    const [app] = [...teamsStateOf(emu.state).catalog.values()];
    const res = await fetch(`${emu.baseUrl}${installPath}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${installToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        'teamsApp@odata.bind': `${emu.baseUrl}/appCatalogs/teamsApps/${app!.id}`,
      }),
    });
    expect(res.status).toBe(201);

    await runNudgeCycle(deps, cycleOptions(installing()));
    expect(teamsStateOf(emu.state).installations.size).toBe(1);
    expect(graphCalls.filter((c) => c === `POST ${installPath}`)).toHaveLength(2);
    expect(toOfficer(chatOf(officer))).toHaveLength(1);
    expect((await ledgerOf(officer)).every((e) => e.fields.status === 'sent')).toBe(true);
  });

  it('records a Graph 403 as a permanent failure and sends nothing to that person', async () => {
    fault = (call) =>
      call === `POST ${installPath}` ? { status: 403, code: 'Forbidden' } : undefined;
    const report = await runNudgeCycle(deps, cycleOptions(installing()));
    const mine = await ledgerOf(officer);
    expect(mine.length).toBeGreaterThan(0);
    for (const e of mine) {
      expect(e.fields).toMatchObject({ status: 'permanent-failure', attempts: 1 });
      expect(e.fields.error).toMatch(/^403 .*app installation/);
    }
    expect(report.permanent).toBeGreaterThan(0);
    expect(toOfficer(chatOf(officer))).toHaveLength(0);
    expect(await conversationFor(deps, officer)).toBeNull();
    // Everyone else, already in touch, still had their digest.
    expect(standIn.deliveries.length).toBeGreaterThan(0);
  });

  it('cannot install with the store’s token: Graph refuses it 403, recorded as permanent', async () => {
    // The managed identity's token (Sites.Selected for the store) holds no install permission.
    await runNudgeCycle(deps, cycleOptions(installing(emu.token)));
    const mine = await ledgerOf(officer);
    expect(mine.length).toBeGreaterThan(0);
    for (const e of mine) {
      expect(e.fields).toMatchObject({ status: 'permanent-failure', attempts: 1 });
      // Refused at the first step its grant lacks (the catalogue, or the install itself).
      expect(e.fields.error).toMatch(/^403 Graph (app catalogue look-up|app installation): /);
    }
    expect(teamsStateOf(emu.state).installations.size).toBe(0);
  });

  it('cannot install another app with a …SelfForUser token of a different registration', async () => {
    const other = emu.issueToken({ roles: INSTALL_ROLES });
    await runNudgeCycle(deps, cycleOptions(installing(other)));
    const mine = await ledgerOf(officer);
    expect(mine.every((e) => e.fields.status === 'permanent-failure')).toBe(true);
    expect(mine[0]!.fields.error).toMatch(/^403 Graph app installation/);
    expect(teamsStateOf(emu.state).installations.size).toBe(0);
  });

  it('retries a Graph 429 and 503 and then delivers', async () => {
    let refusals = 0;
    fault = (call) => {
      if (call !== `POST ${installPath}` || refusals >= 2) return undefined;
      refusals += 1;
      return refusals === 1 ? { status: 429, retryAfter: 2 } : { status: 503 };
    };
    await runNudgeCycle(deps, cycleOptions(installing()));
    const mine = await ledgerOf(officer);
    expect(mine.every((e) => e.fields.status === 'sent' && e.fields.attempts === 3)).toBe(true);
    expect(toOfficer(chatOf(officer))).toHaveLength(1);
  });

  it('uses the configured service URL before any conversation is known', async () => {
    for (const c of await deps.store.query('conversations')) {
      await deps.store.delete('conversations', c.id, c.version, {
        actorId: 'test',
        channel: 'system',
      });
    }
    const options = cycleOptions({ ...installing(), nudgeServiceUrl: standIn.url });
    const report = await runNudgeCycle(deps, options);
    expect(report.failed).toBe(0);
    const people = new Set(
      (await deps.store.query('reminderLedger')).map((e) => e.fields.recipientId),
    );
    expect(teamsStateOf(emu.state).installations.size).toBe(people.size);
    expect(standIn.deliveries.map((d) => d.conversationId).sort()).toEqual(
      [...people].map(chatOf).sort(),
    );
  });
});

describe('creating the 1:1 conversation on the connector (install not configured)', () => {
  it('opens the chat once, stores it, and reuses it next cycle', async () => {
    const options = cycleOptions({});
    await runNudgeCycle(deps, options);
    const stored = await conversationFor(deps, officer);
    expect(stored?.conversationId).toMatch(/^a:created-/);
    expect(stored?.tenantId).toBe('00000000-0000-4000-a000-00000000beef');
    expect(toOfficer(stored!.conversationId)).toHaveLength(1);
    expect(graphCalls).toEqual([]);

    await forgetLedger(officer);
    await runNudgeCycle(deps, options);
    expect(await conversationFor(deps, officer)).toEqual(stored);
    expect(toOfficer(stored!.conversationId)).toHaveLength(2);
    expect(
      standIn.deliveries.filter((d) => d.conversationId.startsWith('a:created-')),
    ).toHaveLength(2);
  });
});
