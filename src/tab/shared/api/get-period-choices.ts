// Periods to pick from: this financial year's and `yearsBack` years before, those that have begun
// (a report or dashboard of a period not yet started has nothing in it), newest first.
import { londonToday } from '../format/index.js';
import { getPeriods, previousYear, type PeriodKind } from './get-periods.js';
import type { Period } from './types.js';

export async function getPeriodChoices(kind: PeriodKind, yearsBack = 1): Promise<Period[]> {
  const current = await getPeriods(kind);
  const years: string[] = [];
  for (let y = current[0]?.year; y && years.length < yearsBack;) {
    y = previousYear(y);
    years.push(y);
  }
  const earlier = await Promise.all(years.map((y) => getPeriods(kind, y)));
  const today = londonToday();
  return [...current, ...earlier.flat()]
    .filter((p) => p.start <= today)
    .sort((a, b) => b.start.localeCompare(a.start));
}

/** Whether the period is over (London today is after its last day). */
export function hasEnded(period: Period, today = londonToday()): boolean {
  return period.end < today;
}
