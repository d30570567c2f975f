// Nudges at scale (issue 4): 5,000 officers with 3 due returns each, one digest each, against the
// rate-limited connector stand-in. The limiter and the stand-in share a clock compressed by
// FACTOR (GT_BENCH_NUDGE_FACTOR, default 4): Teams' 30/s becomes 120 real sends a second, and
// the figures are reported in Teams time (real × FACTOR), so the ratio to the minimum is honest.
import { createConnectorDigestSender } from '../bot/reminders/index.js';
import {
  RateLimiter,
  TEAMS_LIMITS,
  compressedTimer,
  runNudgeCycle,
} from '../src/app/nudges/index.js';
import { addWorkingDays } from '../src/domain/periods/index.js';
import { newReturn } from '../src/domain/workflow/index.js';
import type { WriteOp } from '../src/domain/ports/store.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { startStandIn } from '../test/nudges/connector-stand-in.js';
import { addConversations, tempDbFile } from '../test/nudges/setup.js';
import { record } from './results.js';

const OFFICERS = Number(process.env.GT_BENCH_NUDGE_OFFICERS ?? 5000);
const FACTOR = Number(process.env.GT_BENCH_NUDGE_FACTOR ?? 4);
const AT = new Date('2025-11-20T10:00:00Z');

function person(i: number) {
  return {
    name: `Officer ${i}`,
    email: `officer${i}@example.gov.uk`,
    jobTitle: 'Officer',
    roles: ['officer' as const],
    delegateId: null,
    onLeaveUntil: null,
    directorateId: null,
  };
}

async function seed(file: string): Promise<void> {
  const store = openSqliteStore({ file });
  const ctx = { actorId: 'bench', channel: 'system' as const };
  // Due today, so each return is at its due-day stage: 3 reminders, one digest per officer.
  const due = addWorkingDays('2025-11-20', 0);
  await store.writeMany(
    [
      {
        kind: 'create',
        list: 'timetable',
        fields: { periodKey: '2025-10', dueDate: due, note: '' },
      },
    ],
    ctx,
  );
  const ops: WriteOp[] = [];
  for (let i = 0; i < OFFICERS; i++) {
    const id = `p${i}`;
    ops.push({ kind: 'create', list: 'people', id, fields: person(i) });
    for (let k = 0; k < 3; k++) {
      const ind = `i${i}-${k}`;
      ops.push({
        kind: 'create',
        list: 'indicators',
        id: ind,
        fields: {
          code: `B${i}X${k}`,
          title: `Indicator ${k}`,
          definition: '',
          unit: 'count',
          decimals: 0,
          procedure: {
            calculation: '',
            source: '',
            evidenceLocation: '',
            verification: '',
            url: null,
          },
          polarity: 'higher',
          frequency: 'monthly',
          ytd: 'sum',
          scope: 'local',
          serviceId: 's',
          objectiveIds: [],
          collectorId: id,
          responsibleId: id,
          authoriserId: id,
          escalationOwnerId: id,
          benchmarks: [],
          contextOnly: false,
          published: false,
          retired: false,
          reminderPolicy: null,
        },
      });
      ops.push({ kind: 'create', list: 'returns', fields: newReturn(ind, '2025-10') });
    }
  }
  await store.writeMany(ops, ctx);
  await store.close();
}

export async function benchNudges(): Promise<void> {
  const file = tempDbFile();
  await seed(file);
  const timer = compressedTimer(FACTOR);
  const standIn = await startStandIn(timer);
  const store = openSqliteStore({ file });
  await addConversations(store, standIn.url);
  const deps = { store, clock: { now: () => AT } };
  // The seed and the stand-in (with every card it received) share this process: the RSS before
  // the cycle is printed beside the peak so the cycle's own share shows.
  const before = process.memoryUsage().rss;
  let peak = before;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = timer.now();
  const report = await runNudgeCycle(deps, {
    sender: createConnectorDigestSender({ deps }),
    limiter: new RateLimiter(TEAMS_LIMITS, timer),
    timer,
    parallel: 16,
    leaseTtlMs: 600_000 * FACTOR,
  });
  const took = timer.now() - started;
  clearInterval(watch);
  const perPerson = new Map<string, number>();
  for (const d of standIn.deliveries) {
    perPerson.set(d.conversationId, (perPerson.get(d.conversationId) ?? 0) + 1);
  }
  const duplicates = [...perPerson.values()].reduce((n, c) => n + (c - 1), 0);
  const missed = OFFICERS - perPerson.size;
  const global = TEAMS_LIMITS.global[0]!.max;
  const minimum = ((OFFICERS - global) / global) * 1000;
  console.log(
    `  ${OFFICERS.toLocaleString('en-GB')} officers × 3 returns: ${report.digests} digests, ` +
      `${report.sent} reminders sent, in ${(took / 1000).toFixed(1)} s Teams time ` +
      `(${(took / FACTOR / 1000).toFixed(1)} s real, clock ×${FACTOR})`,
  );
  console.log(
    `  minimum at ${global}/s: ${(minimum / 1000).toFixed(1)} s → ratio ${(took / minimum).toFixed(2)}; ` +
      `duplicates ${duplicates}; missed ${missed}; 429s from the stand-in ${standIn.limitViolations}; ` +
      `peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (${(before / 1024 / 1024).toFixed(0)} MB before the cycle)`,
  );
  record('nudges.ratio_to_floor', took / minimum, '×', '≤ 1.05');
  record(
    'nudges.peak_rss_mb',
    peak / 1024 / 1024,
    'MB',
    '≤ 300 (this process: seed and stand-in too)',
  );
  record('nudges.duplicates', duplicates, 'count', '0');
  record('nudges.missed', missed, 'count', '0');
  record('nudges.refusals_429', standIn.limitViolations, 'count', '0');
  await standIn.close();
  await store.close();
}
