// Which quarters of the demo council are complete (every return authorised) and which still have
// work outstanding, found in the data for the suite's day rather than assumed from one date.
import type { AppDeps } from '../../src/app/deps.js';
import {
  londonDate,
  periodContaining,
  previousPeriod,
  type Period,
} from '../../src/domain/periods/index.js';
import { quarterCompletion, type QuarterCompletion } from '../../src/reports/index.js';

/** Quarters from the current one back, newest first, with their completion. */
async function quartersBack(deps: AppDeps, count: number): Promise<QuarterCompletion[]> {
  let quarter = periodContaining(londonDate(deps.clock.now()), 'quarter');
  const out: QuarterCompletion[] = [];
  for (let n = 0; n < count; n++, quarter = previousPeriod(quarter)) {
    out.push(await quarterCompletion(deps, quarter));
  }
  return out;
}

/** The `count` newest fully authorised quarters, newest first. */
export async function completeQuarters(deps: AppDeps, count: number): Promise<Period[]> {
  const found = (await quartersBack(deps, 12)).filter((q) => q.complete).map((q) => q.quarter);
  if (found.length < count) {
    throw new Error(`the demo has ${found.length} complete quarters in three years; need ${count}`);
  }
  return found.slice(0, count);
}

/** The newest quarter that has ended with returns still outstanding, else the current one. */
export async function openQuarter(deps: AppDeps): Promise<QuarterCompletion> {
  const today = londonDate(deps.clock.now());
  const quarters = await quartersBack(deps, 4);
  return quarters.find((q) => q.quarter.end < today && !q.complete) ?? quarters[0]!;
}
