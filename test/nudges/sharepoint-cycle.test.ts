// The nudges on SharePoint lists, through the Graph emulator: two server instances (two stores on
// one site, as two App Service instances would be) run the cycle at the same moment. The lease is
// taken with SharePoint's own optimistic concurrency (ETags), so one cycle sends and the other
// stands aside, and nobody gets a digest twice; a later cycle finds nothing left to send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RateLimiter,
  TEAMS_LIMITS,
  runNudgeCycle,
  simulatedTimer,
  type CycleOptions,
} from '../../src/app/nudges/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import { openDueReturns } from '../../src/app/returns/open-returns.js';
import { seedDemoCouncil } from '../../src/demo/index.js';
import { startGraphEmulator, type GraphEmulator } from '../graph-emulator/index.js';
import { emulatedStore } from '../graph-emulator/emulated-site.js';
import { openSharePointStore } from '../../src/stores/sharepoint/index.js';
import { startStandIn, type StandIn } from './connector-stand-in.js';
import { addConversations, teamsSender } from './setup.js';

const AT = new Date('2025-11-20T10:00:00Z');
let emulator: GraphEmulator;
let standIn: StandIn;
let timer: ReturnType<typeof simulatedTimer>;
let instances: AppDeps[];

function cycleOptions(deps: AppDeps): CycleOptions {
  return {
    sender: teamsSender(deps),
    limiter: new RateLimiter(TEAMS_LIMITS, timer),
    timer,
  } as CycleOptions;
}

beforeAll(async () => {
  emulator = await startGraphEmulator();
  timer = simulatedTimer(AT.getTime());
  standIn = await startStandIn(timer);
  const { store, siteId, graph } = await emulatedStore(emulator);
  const clock = { now: () => AT };
  await seedDemoCouncil(store, { today: '2025-11-20' });
  await openDueReturns({ store, clock });
  await addConversations(store, standIn.url);
  const second = openSharePointStore({ graph, site: siteId });
  instances = [
    { store, clock },
    { store: second, clock },
  ];
}, 120_000);

afterAll(async () => {
  await Promise.all((instances ?? []).map((d) => d.store.close()));
  await standIn?.close();
  await emulator?.close();
});

describe('the nudge cycle on SharePoint lists', () => {
  it('two instances at once: one runs, the other stands aside, nobody is sent two', async () => {
    const reports = await Promise.all(instances.map((d) => runNudgeCycle(d, cycleOptions(d))));
    const ran = reports.filter((r) => r.ran);
    expect(ran).toHaveLength(1);
    expect(reports.find((r) => !r.ran)).toMatchObject({
      why: 'another instance holds the nudge lease',
    });

    const ledger = (await instances[1]!.store.query('reminderLedger')).map((e) => e.fields);
    const recipients = new Set(ledger.map((e) => e.recipientId));
    expect(recipients.size).toBeGreaterThan(1);
    expect(ledger.every((e) => e.status === 'sent' && e.attempts === 1)).toBe(true);
    const conversations = standIn.deliveries.map((d) => d.conversationId);
    expect(conversations).toHaveLength(recipients.size);
    expect(new Set(conversations).size).toBe(recipients.size);
    expect(standIn.limitViolations).toBe(0);
  });

  it('a later cycle, on the other instance, finds everything already sent', async () => {
    const before = standIn.deliveries.length;
    timer.advance(20 * 60_000); // past the lease, so the other instance may take it
    const report = await runNudgeCycle(instances[1]!, cycleOptions(instances[1]!));
    expect(report.ran).toBe(true);
    expect(report.sent).toBe(0);
    expect(standIn.deliveries.length).toBe(before);
  });
});
