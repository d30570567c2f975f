// Working days in England and Wales: Monday to Friday and not a bank holiday. Due dates and
// reminder schedules count in these (DESIGN.md "Timetable").
import { ValidationError } from '../errors/errors.js';
import type { IsoDate } from '../model/types.js';
import {
  bankHolidaysOfYear,
  ENGLAND_WALES_BANK_HOLIDAYS,
  FIRST_TABLE_YEAR,
  LAST_TABLE_YEAR,
} from './bank-holidays.js';
import { addDays, compareIsoDates, isoParts, isoWeekday } from './iso-date.js';

export interface HolidayCalendar {
  isHoliday(d: IsoDate): boolean;
  holidays: readonly IsoDate[];
}

/**
 * The shipped table plus any extra closure days a council adds (e.g. a new proclamation). Years
 * outside the table follow the regular rules (bankHolidaysOfYear), so a server still running after
 * the table's last year never counts Christmas Day as a working day.
 */
export function makeHolidayCalendar(extra: readonly IsoDate[] = []): HolidayCalendar {
  extra.forEach((d, i) => isoParts(d, `holidays[${i}]`));
  const holidays = Object.freeze([...new Set([...ENGLAND_WALES_BANK_HOLIDAYS, ...extra])].sort());
  const lookup = new Set(holidays);
  const byRule = new Map<number, ReadonlySet<IsoDate>>();
  const ruleHoliday = (d: IsoDate): boolean => {
    const year = Number(d.slice(0, 4));
    if (year >= FIRST_TABLE_YEAR && year <= LAST_TABLE_YEAR) return false;
    let days = byRule.get(year);
    if (!days) byRule.set(year, (days = new Set(bankHolidaysOfYear(year))));
    return days.has(d);
  };
  return { holidays, isHoliday: (d) => lookup.has(d) || ruleHoliday(d) };
}

const DEFAULT_CALENDAR = makeHolidayCalendar();

export function isWorkingDay(d: IsoDate, cal: HolidayCalendar = DEFAULT_CALENDAR): boolean {
  return isoWeekday(d) <= 5 && !cal.isHoliday(d);
}

function assertWhole(n: number): void {
  if (!Number.isInteger(n)) {
    throw new ValidationError(`${n} is not a whole number of working days`, 'workingDays');
  }
}

/**
 * n > 0 counts forwards, n < 0 backwards; n = 0 gives `d` itself when it is a working day,
 * otherwise the next working day (a deadline on a weekend falls due on the Monday).
 */
export function addWorkingDays(
  d: IsoDate,
  n: number,
  cal: HolidayCalendar = DEFAULT_CALENDAR,
): IsoDate {
  assertWhole(n);
  let day = d;
  if (n === 0) {
    while (!isWorkingDay(day, cal)) day = addDays(day, 1);
    return day;
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day, cal)) left--;
  }
  return day;
}

/** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  cal: HolidayCalendar = DEFAULT_CALENDAR,
): number {
  isoParts(from, 'from');
  isoParts(to, 'to');
  if (compareIsoDates(to, from) < 0) return -workingDaysBetween(to, from, cal);
  let count = 0;
  for (let day = addDays(from, 1); compareIsoDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, cal)) count++;
  }
  return count;
}
