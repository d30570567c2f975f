// Quiet hours (issue 4): nothing before 08:00 or after 18:00 London time, nor at weekends or on
// bank holidays, unless the council configures otherwise.
import { ValidationError } from '../errors/errors.js';
import type { Instant } from '../model/types.js';
import { isWorkingDay, londonParts, type HolidayCalendar } from '../periods/index.js';

export interface QuietHours {
  /** First London hour reminders may go, inclusive (default 8). */
  startHour: number;
  /** London hour from which they stop (default 18: the last send is before 18:00). */
  endHour: number;
  weekends: boolean;
  bankHolidays: boolean;
}

export const DEFAULT_QUIET_HOURS: QuietHours = {
  startHour: 8,
  endHour: 18,
  weekends: false,
  bankHolidays: false,
};

export function assertQuietHours(q: QuietHours): QuietHours {
  const hour = (n: number, field: string) => {
    if (!Number.isInteger(n) || n < 0 || n > 24) {
      throw new ValidationError(`${n} is not an hour of the day (0–24)`, field);
    }
  };
  hour(q.startHour, 'startHour');
  hour(q.endHour, 'endHour');
  if (q.startHour >= q.endHour) {
    throw new ValidationError('must be after startHour', 'endHour');
  }
  return q;
}

/** Why nothing may be sent at `at`, or null when reminders may go. */
export function quietReason(
  at: Instant | Date,
  q: QuietHours = DEFAULT_QUIET_HOURS,
  cal?: HolidayCalendar,
): string | null {
  const { date, hour, weekday } = londonParts(at);
  if (!q.weekends && weekday >= 6) return 'a weekend';
  if (!q.bankHolidays && weekday <= 5 && !isWorkingDay(date, cal)) return 'a bank holiday';
  if (hour < q.startHour) return `before ${String(q.startHour).padStart(2, '0')}:00 London time`;
  if (hour >= q.endHour) return `after ${String(q.endHour).padStart(2, '0')}:00 London time`;
  return null;
}
