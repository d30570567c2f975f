// Periods to pick from: this financial year's and `yearsBack` years before, those that have begun
// (a report or dashboard of a period not yet started has nothing in it), newest first. "This year"
// and "begun" are the server's (getToday), never the browser's clock.
import { getPeriods, previousYear, type PeriodKind } from './get-periods.js';
import { getToday } from './get-today.js';
import type { Period } from './types.js';

export async function getPeriodChoices(kind: PeriodKind, yearsBack = 1): Promise<Period[]> {
  const { today, financialYear } = await getToday();
  const years = [financialYear];
  while (years.length <= yearsBack) years.push(previousYear(years[years.length - 1]!));
  const all = await Promise.all(years.map((y) => getPeriods(kind, y)));
  return all
    .flat()
    .filter((p) => p.start <= today)
    .sort((a, b) => b.start.localeCompare(a.start));
}

/** Whether the period is over (London today is after its last day). */
export function hasEnded(period: Period, today: string): boolean {
  return period.end < today;
}
