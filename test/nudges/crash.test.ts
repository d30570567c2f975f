// Crash recovery and two instances, in real processes: a cycle killed with SIGKILL in the middle
// of sending, then restarted, delivers every digest exactly once (the stand-in counts them); two
// processes running cycles on one SQLite file at once never deliver one twice.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dryRunNudges, realTimer } from '../../src/app/nudges/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { startStandIn, type StandIn } from './connector-stand-in.js';
import { addConversations, seedCouncil, tempDbFile } from './setup.js';

const CHILD = path.resolve('test/nudges/cycle-child.ts');
const SERVER = path.resolve('test/nudges/server-child.ts');

let standIn: StandIn;

function child(args: string[], script = CHILD): ChildProcess {
  // node itself with tsx as a loader (not the tsx wrapper), so SIGKILL kills the cycle itself.
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // The scheduler stays off under Vitest unless asked; nothing here is real Teams.
    env: { ...process.env, GT_NUDGE_IN_TESTS: '1', GT_DATA_FILE: '', PORT: '' },
  });
}
const exited = (c: ChildProcess) =>
  new Promise<number | null>((resolve) => c.once('exit', (code) => resolve(code)));

/** The demo council, and how many people the plan at 20/11/2025 10:00 reminds (17: nine of
 * returns, five more of key-action updates, issue 13, one of an action plan's date, issue 14, and
 * two owners of overdue risk reviews, issue 17). */
async function council(): Promise<{ file: string; people: number }> {
  const file = tempDbFile();
  await seedCouncil(file, '2025-11-20');
  const store = openSqliteStore({ file });
  await addConversations(store, standIn.url);
  const run = await dryRunNudges(store, '2025-11-20T10:00:00.000Z');
  await store.close();
  return { file, people: run.people.length };
}

function perConversation(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of standIn.deliveries)
    counts.set(d.conversationId, (counts.get(d.conversationId) ?? 0) + 1);
  return counts;
}

/**
 * A cycle with `parallel` digests at once and no delivery look-up, killed with SIGKILL as the
 * third digest reaches the stand-in (its answer held back), then a second cycle to the end: how
 * many digests each person received, and how many people the plan reminds.
 */
async function killedAndRestarted(parallel: string): Promise<{ counts: number[]; people: number }> {
  standIn = await startStandIn(realTimer);
  const { file, people } = await council();
  const first = child([file, standIn.url, 'first', '1', '-', parallel]);
  standIn.onDelivery = () => {
    if (standIn.deliveries.length === 3) {
      standIn.hold(true);
      first.kill('SIGKILL');
    }
  };
  expect(await exited(first)).toBeNull();
  standIn.hold(false);
  standIn.onDelivery = undefined;
  expect(await exited(child([file, standIn.url, 'second', '1', '-', parallel]))).toBe(0);
  return { counts: [...perConversation().values()], people };
}

afterEach(async () => {
  await standIn?.close();
});

describe('exactly once across processes', () => {
  it('a cycle killed with SIGKILL mid-send and restarted: no duplicates, no misses', async () => {
    standIn = await startStandIn(realTimer);
    const { file, people } = await council();
    const first = child([file, standIn.url, 'first', '1', 'reconcile']);
    // Kill it the moment Teams has accepted the third digest, before the response gets back:
    // the worst case, a send that happened with its ledger entry still pending.
    standIn.onDelivery = () => {
      if (standIn.deliveries.length === 3) {
        standIn.hold(true);
        first.kill('SIGKILL');
      }
    };
    const code = await exited(first);
    expect(code).toBeNull();
    standIn.hold(false);
    standIn.onDelivery = undefined;
    const pending = openSqliteStore({ file });
    const statuses = (await pending.query('reminderLedger')).map((e) => e.fields.status);
    await pending.close();
    expect(statuses).toContain('pending');
    expect(standIn.deliveries).toHaveLength(3);
    const second = child([file, standIn.url, 'second', '1', 'reconcile']);
    expect(await exited(second)).toBe(0);
    const counts = perConversation();
    expect(people).toBe(17);
    expect(counts.size).toBe(people);
    expect([...counts.values()]).toEqual(Array(people).fill(1));
    const store = openSqliteStore({ file });
    const entries = (await store.query('reminderLedger')).map((e) => e.fields);
    await store.close();
    expect(entries.map((e) => e.status)).toEqual(entries.map(() => 'sent'));
    expect(entries.filter((e) => e.reason.includes('confirmed delivered')).length).toBeGreaterThan(
      0,
    );
  }, 60_000);

  it('two processes on one SQLite file running cycles at once: no duplicates', async () => {
    standIn = await startStandIn(realTimer);
    const { file, people } = await council();
    const a = child([file, standIn.url, 'a', '3']);
    const b = child([file, standIn.url, 'b', '3']);
    expect(await Promise.all([exited(a), exited(b)])).toEqual([0, 0]);
    const counts = perConversation();
    expect(counts.size).toBe(people);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 60_000);

  it('two whole servers on one SQLite file running their schedulers at once: no duplicates', async () => {
    standIn = await startStandIn(realTimer);
    const { file, people } = await council();
    const a = child([file, '2'], SERVER);
    const b = child([file, '2'], SERVER);
    expect(await Promise.all([exited(a), exited(b)])).toEqual([0, 0]);
    const counts = perConversation();
    expect(counts.size).toBe(people);
    expect([...counts.values()]).toEqual(Array(people).fill(1));
  }, 60_000);

  it('without a way to ask Teams, a kill mid-send re-sends only the digest in flight', async () => {
    // Real Teams gives a bot no delivery look-up (README "Exactly once"): the honest residual.
    const { counts, people } = await killedAndRestarted('1');
    expect(counts).toHaveLength(people);
    expect(counts.filter((n) => n === 2)).toHaveLength(1);
    expect(counts.filter((n) => n === 1)).toHaveLength(people - 1);
  }, 60_000);

  it('with four digests in flight, a kill re-sends at most those four and misses nobody', async () => {
    // GT_NUDGE_PARALLEL's cost (README "Exactly once"): each digest in flight when the process
    // dies is unconfirmed, so the next cycle sends it again; nothing else is repeated.
    const { counts, people } = await killedAndRestarted('4');
    expect(counts).toHaveLength(people);
    const repeated = counts.filter((n) => n === 2).length;
    expect(repeated).toBeGreaterThanOrEqual(1);
    expect(repeated).toBeLessThanOrEqual(4);
    expect(counts.every((n) => n === 1 || n === 2)).toBe(true);
  }, 60_000);
});
