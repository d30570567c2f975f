// Nudges at scale (issue 4): 5,000 officers with 3 due returns each, one digest each, against the
// rate-limited connector stand-in. The limiter and the stand-in share a clock compressed by
// FACTOR (GT_BENCH_NUDGE_FACTOR, default 4): Teams' 30/s becomes 120 real sends a second, and
// the figures are reported in Teams time (real × FACTOR), so the ratio to the minimum is honest.
import { TEAMS_LIMITS, compressedTimer } from '../src/app/nudges/index.js';
import { addWorkingDays } from '../src/domain/periods/index.js';
import { newReturn } from '../src/domain/workflow/index.js';
import type { WriteOp } from '../src/domain/ports/store.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { startStandIn } from '../test/nudges/connector-stand-in.js';
import { addConversations, tempDbFile } from '../test/nudges/setup.js';
import { record } from './results.js';
import { inChild } from './child.js';
import { NUDGE_AT, type CycleInput, type CycleOutcome } from './nudge-sender.js';

const OFFICERS = Number(process.env.GT_BENCH_NUDGE_OFFICERS ?? 5000);
const FACTOR = Number(process.env.GT_BENCH_NUDGE_FACTOR ?? 4);

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

async function seed(file: string, officers: number, perOfficer: number): Promise<void> {
  const store = openSqliteStore({ file });
  const ctx = { actorId: 'bench', channel: 'system' as const };
  // Due today, so each return is at its due-day stage: one digest per officer.
  const due = addWorkingDays(NUDGE_AT.toISOString().slice(0, 10), 0);
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
  for (let i = 0; i < officers; i++) {
    const id = `p${i}`;
    ops.push({ kind: 'create', list: 'people', id, fields: person(i) });
    for (let k = 0; k < perOfficer; k++) {
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

export interface NudgeFigures {
  ratio: number;
  peakRssMb: number;
}

/** Seeds `officers` × `perOfficer` due returns and sends the cycle; figures' names start with `prefix`. */
export async function nudgeRun(
  officers: number,
  perOfficer: number,
  prefix: string,
  ratioGoal = '≤ 1.05',
): Promise<NudgeFigures> {
  const file = tempDbFile();
  await seed(file, officers, perOfficer);
  const origin = Date.now();
  const standIn = await startStandIn(compressedTimer(FACTOR, origin));
  const store = openSqliteStore({ file });
  await addConversations(store, standIn.url);
  await store.close();
  const sender = new URL('./nudge-sender.ts', import.meta.url).href;
  const cycle = await inChild<CycleInput, CycleOutcome>(
    sender,
    'nudgeCycleInChild',
    {
      file,
      origin,
      factor: FACTOR,
    },
    ['--expose-gc'],
  );
  const perPerson = new Map<string, number>();
  for (const d of standIn.deliveries) {
    perPerson.set(d.conversationId, (perPerson.get(d.conversationId) ?? 0) + 1);
  }
  const duplicates = [...perPerson.values()].reduce((n, c) => n + (c - 1), 0);
  const missed = officers - perPerson.size;
  // The first second's sends are free; every later one waits its turn at the per-app rate.
  const global = TEAMS_LIMITS.global[0]!.max;
  const minimum = (Math.max(0, officers - global) / global) * 1000;
  const ratio = minimum > 0 ? cycle.tookMs / minimum : 1;
  const took = cycle.tookMs;
  console.log(
    `  ${officers.toLocaleString('en-GB')} officers × ${perOfficer} returns: ${cycle.digests} digests, ` +
      `${cycle.sent} reminders sent, in ${(took / 1000).toFixed(1)} s Teams time ` +
      `(${(took / FACTOR / 1000).toFixed(1)} s real, clock ×${FACTOR})`,
  );
  console.log(
    `  minimum at ${global}/s: ${(minimum / 1000).toFixed(1)} s → ratio ${ratio.toFixed(2)}; ` +
      `duplicates ${duplicates}; missed ${missed}; 429s from the stand-in ${standIn.limitViolations}; ` +
      `the sender's process: peak RSS ${cycle.peakRssMb.toFixed(0)} MB ` +
      `(${cycle.startRssMb.toFixed(0)} MB once its modules were loaded); ` +
      `live heap after a full collection ${cycle.liveHeapBeforeMb.toFixed(0)} MB before the cycle, ` +
      `${cycle.liveHeapAfterMb.toFixed(0)} MB after it`,
  );
  record(`${prefix}ratio_to_floor`, ratio, '×', ratioGoal);
  record(`${prefix}peak_rss_mb`, cycle.peakRssMb, 'MB', "≤ 300 (the sender's process)");
  record(
    `${prefix}retained_heap_mb`,
    cycle.liveHeapAfterMb - cycle.liveHeapBeforeMb,
    'MB',
    'figure only (the store keeps its lists and catalogue cached)',
  );
  record(`${prefix}duplicates`, duplicates, 'count', '0');
  record(`${prefix}missed`, missed, 'count', '0');
  record(`${prefix}refusals_429`, standIn.limitViolations, 'count', '0');
  await standIn.close();
  return { ratio, peakRssMb: cycle.peakRssMb };
}

export async function benchNudges(): Promise<void> {
  await nudgeRun(OFFICERS, 3, 'nudges.');
}
