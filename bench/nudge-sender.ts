// The sending side of the nudge benchmark (bench/nudges.ts), run in a process of its own
// (bench/child.ts) so its RSS is the sender's alone: the seed and the connector stand-in, with
// every card it received, stay in the parent. It imports only what a server's nudge cycle runs on.
import { createConnectorDigestSender } from '../bot/reminders/index.js';
import {
  RateLimiter,
  TEAMS_LIMITS,
  compressedTimer,
  runNudgeCycle,
} from '../src/app/nudges/index.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { loadConfig } from '../src/platform/config/config.js';

/** The cycle's "now": the day the seeded returns are due. */
export const NUDGE_AT = new Date('2025-11-20T10:00:00Z');

export interface CycleInput {
  file: string;
  /** The compressed clock's origin, shared with the stand-in so both count the same windows. */
  origin: number;
  /** How many times faster than real time the clock runs. */
  factor: number;
}

export interface CycleOutcome {
  digests: number;
  sent: number;
  /** In the compressed clock's time, that is Teams time. */
  tookMs: number;
  startRssMb: number;
  peakRssMb: number;
  /** Live heap after a full collection, before the cycle and after it: what the cycle kept. */
  liveHeapBeforeMb: number;
  liveHeapAfterMb: number;
}

/** The live heap: a full collection first (the child runs with --expose-gc), then heapUsed. */
function liveHeapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the nudge sender runs with --expose-gc to measure its live heap');
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * One cycle as the server's scheduler runs it (GT_NUDGE_PARALLEL's default digests in flight), on
 * a compressed clock.
 */
export async function nudgeCycleInChild(input: CycleInput): Promise<CycleOutcome> {
  const timer = compressedTimer(input.factor, input.origin);
  const store = openSqliteStore({ file: input.file });
  const deps = { store, clock: { now: () => NUDGE_AT } };
  const mb = () => process.memoryUsage().rss / 2 ** 20;
  const liveHeapBeforeMb = liveHeapMb();
  const startRssMb = mb();
  let peakRssMb = startRssMb;
  const watch = setInterval(() => (peakRssMb = Math.max(peakRssMb, mb())), 100);
  const started = timer.now();
  const report = await runNudgeCycle(deps, {
    sender: createConnectorDigestSender({ deps }),
    limiter: new RateLimiter(TEAMS_LIMITS, timer),
    timer,
    parallel: loadConfig({}, {}).nudgeParallel,
    leaseTtlMs: 600_000 * input.factor,
  });
  const tookMs = timer.now() - started;
  clearInterval(watch);
  const liveHeapAfterMb = liveHeapMb();
  await store.close();
  return {
    digests: report.digests,
    sent: report.sent,
    tookMs,
    startRssMb,
    peakRssMb,
    liveHeapBeforeMb,
    liveHeapAfterMb,
  };
}
