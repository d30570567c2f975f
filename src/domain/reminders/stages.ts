// Which reminder stage falls on a London working day for a return due on `dueDate` (issue 4, the
// council's reminder policy): a first reminder N working days before, again 1 working day before,
// on the due day, every M working days while overdue, and after K working days overdue an
// escalation to the Responsible Officer, then (after 2K) to the escalation owner.
import { ValidationError } from '../errors/errors.js';
import type { IsoDate, ReminderPolicy } from '../model/types.js';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  type HolidayCalendar,
} from '../periods/index.js';

export type ReminderStage =
  'first' | 'day-before' | 'due-day' | 'overdue' | 'escalate-responsible' | 'escalate-owner';

/** Who a stage is addressed to before leave is applied. */
export type StageAudience = 'collector' | 'responsible' | 'escalation-owner';

export const STAGE_AUDIENCE: Record<ReminderStage, StageAudience> = {
  first: 'collector',
  'day-before': 'collector',
  'due-day': 'collector',
  overdue: 'collector',
  'escalate-responsible': 'responsible',
  'escalate-owner': 'escalation-owner',
};

export interface StageOnDay {
  stage: ReminderStage;
  /** Working days before the due date (positive) or overdue (negative), for the reason text. */
  workingDaysToDue: number;
}

/** The council's policy with an indicator's overrides applied; every number checked. */
export function effectivePolicy(
  council: ReminderPolicy,
  override: Partial<ReminderPolicy> | null | undefined,
): ReminderPolicy {
  const merged = { ...council, ...(override ?? {}) };
  const whole = (field: keyof ReminderPolicy, min: number) => {
    const n = merged[field];
    if (!Number.isInteger(n) || n < min) {
      throw new ValidationError(`${String(n)} is not a whole number ≥ ${min}`, field);
    }
  };
  whole('firstReminderWorkingDaysBefore', 0);
  whole('repeatEveryWorkingDaysOverdue', 1);
  whole('escalateAfterWorkingDaysOverdue', 1);
  return merged;
}

/**
 * The stages on `day`: none on a non-working day. A due date typed on a weekend or bank holiday
 * counts as the next working day (as addWorkingDays(d, 0) does for deadlines).
 */
export function stagesOnDay(
  day: IsoDate,
  dueDate: IsoDate,
  policy: ReminderPolicy,
  cal?: HolidayCalendar,
): StageOnDay[] {
  if (!isWorkingDay(day, cal)) return [];
  const due = addWorkingDays(dueDate, 0, cal);
  const before = workingDaysBetween(day, due, cal);
  if (before > 1 && before === policy.firstReminderWorkingDaysBefore) {
    return [{ stage: 'first', workingDaysToDue: before }];
  }
  if (before === 1) return [{ stage: 'day-before', workingDaysToDue: 1 }];
  if (before === 0) return [{ stage: 'due-day', workingDaysToDue: 0 }];
  if (before > 0) return [];
  const overdue = -before;
  const out: StageOnDay[] = [];
  if (overdue % policy.repeatEveryWorkingDaysOverdue === 0) {
    out.push({ stage: 'overdue', workingDaysToDue: before });
  }
  const k = policy.escalateAfterWorkingDaysOverdue;
  if (overdue === k) out.push({ stage: 'escalate-responsible', workingDaysToDue: before });
  if (overdue === 2 * k) out.push({ stage: 'escalate-owner', workingDaysToDue: before });
  return out;
}

/** A day inside the reminder window: from the first reminder on, or any day while overdue. */
export function inReminderWindow(
  day: IsoDate,
  dueDate: IsoDate,
  policy: ReminderPolicy,
  cal?: HolidayCalendar,
): boolean {
  const due = addWorkingDays(dueDate, 0, cal);
  return workingDaysBetween(day, due, cal) <= Math.max(1, policy.firstReminderWorkingDaysBefore);
}
