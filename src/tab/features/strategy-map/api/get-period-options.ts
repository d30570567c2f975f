// The periods the map can be read at: for the current plan, the months that have ended (as on the
// dashboard); for an earlier plan, its financial years, since its months are long past.
import { getPeriods, nextYear, type Period } from '../../../shared/api/index.js';
import { getMonthChoices } from '../../dashboard/api/index.js';
import type { PlanSummary } from './get-strategy-map.js';

/** The plan's financial years, newest first (a plan spans a few years; 20 is a guard). */
function yearsOf(plan: PlanSummary): string[] {
  const years = [plan.firstYear];
  while (years.at(-1)! < plan.lastYear && years.length < 20) years.push(nextYear(years.at(-1)!));
  return years.reverse();
}

export async function getPeriodOptions(plan: PlanSummary | null): Promise<Period[]> {
  if (!plan || plan.current) return getMonthChoices();
  const all = await Promise.all(yearsOf(plan).map((y) => getPeriods('year', y)));
  return all.flat();
}
