// When returns for a period are due (DESIGN.md "Timetable"): the performance team's timetable
// entry wins; otherwise the default rule of N working days after the period ends.
import { ValidationError } from '../errors/errors.js';
import type { IsoDate, TimetableEntry } from '../model/types.js';
import { isoParts } from './iso-date.js';
import { tryParsePeriod } from './period-parse.js';
import type { Period } from './period.js';
import { addWorkingDays, type HolidayCalendar } from './working-days.js';

export interface DueDateOptions {
  timetable: readonly TimetableEntry[];
  defaultWorkingDays: number;
  calendar?: HolidayCalendar;
}

export function dueDateFor(p: Period, opts: DueDateOptions): IsoDate {
  // Entries are matched on the canonical key, so one typed as `Q1 2025/26` still counts.
  const entry = opts.timetable.find((e) => tryParsePeriod(e.periodKey)?.key === p.key);
  if (entry) {
    isoParts(entry.dueDate, 'dueDate');
    return entry.dueDate;
  }
  const n = opts.defaultWorkingDays;
  if (!Number.isInteger(n) || n < 0) {
    throw new ValidationError(
      `${n} is not a whole number of working days ≥ 0`,
      'defaultDueWorkingDays',
    );
  }
  return addWorkingDays(p.end, n, opts.calendar);
}
