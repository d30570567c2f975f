// A demo council in a temporary SQLite file, every person with a 1:1 chat whose serviceUrl is the
// connector stand-in, and the nudge cycle wired to the bot's real Teams sender.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnectorDigestSender } from '../../bot/reminders/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import {
  RateLimiter,
  TEAMS_LIMITS,
  simulatedTimer,
  type CycleOptions,
} from '../../src/app/nudges/index.js';
import { openDueReturns } from '../../src/app/returns/open-returns.js';
import { seedDemoCouncil } from '../../src/demo/index.js';
import { londonDate } from '../../src/domain/periods/index.js';
import type { Store } from '../../src/domain/ports/store.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { startStandIn, type StandIn } from './connector-stand-in.js';

export const TENANT = '00000000-0000-4000-a000-00000000beef';

export function conversationIdOf(personId: string): string {
  return `a:personal-${personId}`;
}

export function tempDbFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'gt-nudges-')), 'gt.db');
}

export async function seedCouncil(file: string, today: string): Promise<void> {
  const store = openSqliteStore({ file });
  await seedDemoCouncil(store, { today });
  await openDueReturns({ store, clock: { now: () => new Date(`${today}T12:00:00Z`) } });
  await store.close();
}

/** Every person gets a stored conversation reference pointing at `serviceUrl`. */
export async function addConversations(store: Store, serviceUrl: string): Promise<void> {
  const people = await store.query('people');
  for (const p of people) {
    const conversationId = conversationIdOf(p.id);
    await store.create(
      'conversations',
      {
        personId: p.id,
        tenantId: TENANT,
        serviceUrl,
        conversationId,
        reference: {
          channelId: 'msteams',
          serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
          bot: { id: '28:golden-thread-bot', name: 'Golden Thread' },
          user: { id: `29:${p.id}`, aadObjectId: p.id },
        },
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
      { actorId: 'system', channel: 'system' },
    );
  }
}

export function teamsSender(deps: AppDeps) {
  return createConnectorDigestSender({ deps });
}

export function sqliteDeps(file: string, at: Date): AppDeps {
  return { store: openSqliteStore({ file }), clock: { now: () => at } };
}

export { londonDate };

/** Thursday 20/11/2025 10:00: returns of the demo council are due that day and overdue. */
export const CYCLE_AT = new Date('2025-11-20T10:00:00Z');

export interface NudgeWorld {
  deps: AppDeps;
  timer: ReturnType<typeof simulatedTimer>;
  standIn: StandIn;
  /** The bot's real Teams sender and Teams' limits, on the simulated clock. */
  options: CycleOptions;
  close(): Promise<void>;
}

/**
 * The demo council at `at` in a fresh SQLite file, every person reachable through the connector
 * stand-in, and the cycle's options: what most nudge tests start from.
 */
export async function nudgeWorld(at: Date = CYCLE_AT): Promise<NudgeWorld> {
  const file = tempDbFile();
  await seedCouncil(file, londonDate(at.toISOString()));
  const timer = simulatedTimer(at.getTime());
  const standIn = await startStandIn(timer);
  const deps = sqliteDeps(file, at);
  await addConversations(deps.store, standIn.url);
  const options = {
    sender: teamsSender(deps),
    limiter: new RateLimiter(TEAMS_LIMITS, timer),
    timer,
  };
  return {
    deps,
    timer,
    standIn,
    options,
    async close() {
      await standIn.close();
      await deps.store.close();
    },
  };
}
