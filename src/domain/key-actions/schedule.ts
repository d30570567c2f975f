// When a key action owes progress updates (issue 13, "collected like returns"): one per period of
// its update frequency (quarterly unless set otherwise) that has ended, from its start date (or its
// service plan year's start) to its due date (the revised one when it was moved) or its completion.
// Each update is due by the same timetable rule as returns for that period: dueDateFor, in periods.
import type { IsoDate, KeyAction } from '../model/types.js';
import {
  kindForFrequency,
  parseFinancialYear,
  periodContaining,
  periodsBetween,
  previousPeriod,
  type Period,
} from '../periods/index.js';

export interface OwedInput {
  action: Pick<
    KeyAction,
    'startDate' | 'dueDate' | 'revisedDueDate' | 'updateFrequency' | 'status' | 'retired'
  >;
  /** The service plan's financial year, `2025/26`. */
  planYear: string;
  today: IsoDate;
}

/**
 * The ended periods the action owes an update for, oldest first. Like returns, nothing older than
 * the start of the previous financial year is opened, so a long-running action does not bring
 * years of overdue updates with it. A completed action owes nothing more: the update that said
 * so was the last (its periods before were opened while it was under way).
 */
export function periodsOwed({ action, planYear, today }: OwedInput): Period[] {
  if (action.retired || action.status === 'complete') return [];
  const kind = kindForFrequency(action.updateFrequency ?? 'quarterly');
  const from = action.startDate ?? `${parseFinancialYear(planYear)}-04-01`;
  const until = action.revisedDueDate ?? action.dueDate;
  const current = periodContaining(today, kind);
  const last = current.end < today ? current : previousPeriod(current);
  const lookback = periodContaining(`${periodContaining(today, 'year').fyStart - 1}-04-01`, kind);
  const first = periodContaining(from > lookback.start ? from : lookback.start, kind);
  if (last.end < first.start) return [];
  return periodsBetween(first, last).filter((p) => p.end >= from && p.start <= until);
}
