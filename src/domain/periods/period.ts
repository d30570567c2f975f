// A reporting period of the UK financial year (DESIGN.md "Periods"): months, quarters (Q1 =
// April–June), half-years (H1 = April–September) and the year itself.
import { ValidationError } from '../errors/errors.js';
import type { Frequency, IsoDate } from '../model/types.js';
import {
  assertFyStart,
  financialYearLabel,
  fyStartOf,
  parseFinancialYear,
} from './financial-year.js';
import { daysInMonth, isoFromParts } from './iso-date.js';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  /** Canonical: month `2025-04`, quarter `2025/26 Q1`, half `2025/26 H1`, year `2025/26`. */
  key: string;
  kind: PeriodKind;
  /** Financial year label `2025/26` (April 2025 – March 2026). */
  year: string;
  fyStart: number;
  /** 1-based position in the FY: month Apr=1..Mar=12, Q1..Q4, H1..H2, year=1. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  /** `Apr 2025`, `Q1 2025/26`, `H1 2025/26`, `2025/26`. */
  label: string;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year'];

/** How many months each kind spans. */
export const MONTHS_IN: Readonly<Record<PeriodKind, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

export function periodsPerYear(kind: PeriodKind): number {
  return 12 / MONTHS_IN[kind];
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The n-th month of the FY (1 = April) as a calendar year and month. */
function calendarMonth(fyStart: number, fyMonth: number): { year: number; month: number } {
  const month = ((fyMonth + 2) % 12) + 1;
  return { year: month >= 4 ? fyStart : fyStart + 1, month };
}

function keyAndLabel(kind: PeriodKind, fyStart: number, index: number): [string, string] {
  const year = financialYearLabel(fyStart);
  switch (kind) {
    case 'month': {
      const cal = calendarMonth(fyStart, index);
      const name = MONTH_NAMES[cal.month - 1]!.slice(0, 3);
      return [`${cal.year}-${String(cal.month).padStart(2, '0')}`, `${name} ${cal.year}`];
    }
    case 'quarter':
      return [`${year} Q${index}`, `Q${index} ${year}`];
    case 'half':
      return [`${year} H${index}`, `H${index} ${year}`];
    case 'year':
      return [year, year];
  }
}

/** The one constructor every other function goes through, so all periods are built alike. */
export function makePeriod(kind: PeriodKind, fyStart: number, index: number): Period {
  assertFyStart(fyStart);
  if (!PERIOD_KINDS.includes(kind)) {
    throw new ValidationError(`"${String(kind)}" is not a period kind`, 'kind');
  }
  const count = periodsPerYear(kind);
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new ValidationError(`a ${kind} index must be 1–${count}, not ${index}`, 'period');
  }
  const span = MONTHS_IN[kind];
  const first = calendarMonth(fyStart, (index - 1) * span + 1);
  const last = calendarMonth(fyStart, index * span);
  const [key, label] = keyAndLabel(kind, fyStart, index);
  return {
    key,
    kind,
    year: financialYearLabel(fyStart),
    fyStart,
    index,
    start: isoFromParts(first.year, first.month, 1),
    end: isoFromParts(last.year, last.month, daysInMonth(last.year, last.month)),
    label,
  };
}

export function periodsOfYear(year: string, kind: PeriodKind): Period[] {
  const fyStart = parseFinancialYear(year);
  return Array.from({ length: periodsPerYear(kind) }, (_, i) => makePeriod(kind, fyStart, i + 1));
}

export function periodContaining(date: IsoDate, kind: PeriodKind): Period {
  const fyStart = fyStartOf(date);
  const month = Number(date.slice(5, 7));
  const fyMonth = ((month + 8) % 12) + 1;
  return makePeriod(kind, fyStart, Math.ceil(fyMonth / MONTHS_IN[kind]));
}

const KIND_FOR: Readonly<Record<Frequency, PeriodKind>> = {
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half',
  annual: 'year',
};

export function kindForFrequency(f: Frequency): PeriodKind {
  const kind = KIND_FOR[f];
  if (!kind) throw new ValidationError(`"${String(f)}" is not a frequency`, 'frequency');
  return kind;
}

export function frequencyForKind(k: PeriodKind): Frequency {
  const entry = Object.entries(KIND_FOR).find(([, kind]) => kind === k);
  if (!entry) throw new ValidationError(`"${String(k)}" is not a period kind`, 'kind');
  return entry[0] as Frequency;
}
