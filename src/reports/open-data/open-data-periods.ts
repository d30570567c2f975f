// The periods the open-data picker offers: every period that has at least one published,
// authorised figure, plus the default and the chosen period (so the picker always shows what the
// page shows), newest first within months, quarters, half-years and years.
import { comparePeriods, type Period, type PeriodKind } from '../../domain/periods/index.js';

/** The picker's value for the full history. */
export const ALL_PERIODS = 'all';

export interface PeriodGroup {
  label: string;
  periods: Period[];
}

const GROUPS: readonly [PeriodKind, string][] = [
  ['month', 'Months'],
  ['quarter', 'Quarters'],
  ['half', 'Half-years'],
  ['year', 'Years'],
];

export function periodGroups(periods: Iterable<Period>): PeriodGroup[] {
  const byKey = new Map<string, Period>();
  for (const p of periods) byKey.set(p.key, p);
  const newestFirst = [...byKey.values()].sort((a, b) => comparePeriods(b, a));
  return GROUPS.map(([kind, label]) => ({
    label,
    periods: newestFirst.filter((p) => p.kind === kind),
  })).filter((g) => g.periods.length > 0);
}

/** `2025/26 Q1` → `2025-26-Q1`: a period key safe in a file name. */
export const fileSafeKey = (key: string) => key.replace(/[^0-9A-Za-z]+/g, '-');
