// A nudge cycle in its own process (crash and two-process tests): argv = data file, stand-in URL,
// instance name, cycles to run, `reconcile` to give the sender the stand-in's delivery look-up (or
// `-`), and how many digests go at once (default 1).
import {
  RateLimiter,
  TEAMS_LIMITS,
  realTimer,
  runNudgeCycle,
  type DigestSender,
} from '../../src/app/nudges/index.js';
import { conversationIdOf, sqliteDeps, teamsSender } from './setup.js';

const [file, url, instance, cycles, reconcile, parallel] = process.argv.slice(2);
const deps = sqliteDeps(file!, new Date('2025-11-20T10:00:00Z'));
const base = teamsSender(deps);
const sender: DigestSender =
  reconcile === 'reconcile'
    ? {
        send: (d) => base.send(d),
        async wasDelivered(recipientId, marker) {
          const q = `conversation=${encodeURIComponent(conversationIdOf(recipientId))}&marker=${marker}`;
          const res = await fetch(`${url}test/delivered?${q}`);
          return ((await res.json()) as { found: boolean }).found;
        },
      }
    : base;
const limiter = new RateLimiter(TEAMS_LIMITS, realTimer);
for (let i = 0; i < Number(cycles ?? 1); i++) {
  for (;;) {
    const report = await runNudgeCycle(deps, {
      sender,
      limiter,
      timer: realTimer,
      instance,
      leaseTtlMs: 1_000,
      parallel: Number(parallel ?? 1),
    });
    if (report.ran) break;
    await realTimer.sleep(100);
  }
}
await deps.store.close();
