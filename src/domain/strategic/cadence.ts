// The strategic dashboard's cadence (issue 17; Derbyshire's Cabinet and Corporate Management Team
// see one every three weeks, seeds/004): an edition every `everyDays` days from the council's
// `anchor` date. The schedule never drifts: each date is anchor + k × everyDays, and only an edition
// that falls on a weekend or an England and Wales bank holiday is issued on the next working day
// (the one after it is still counted from the anchor). Pure.
import type { IsoDate } from '../model/types.js';
import type { FieldProblem } from '../errors/errors.js';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  isValidIsoDate,
  type HolidayCalendar,
} from '../periods/index.js';

export interface StrategicCadence {
  /** Days between editions: 21 (every three weeks) unless the council says otherwise. */
  everyDays: number;
  /** The first edition's date: the schedule counts from here. */
  anchor: IsoDate;
}

/** A Monday at the start of 2025/26, so the default editions fall on Mondays three weeks apart. */
export const DEFAULT_STRATEGIC_CADENCE: StrategicCadence = { everyDays: 21, anchor: '2025-04-07' };

/** At most this many past editions are listed: about eighteen months at the default cadence. */
export const MAX_EDITIONS = 26;

/** Between a week and a quarter: shorter is a daily report, longer is the quarterly one. */
export const MIN_EVERY_DAYS = 7;
export const MAX_EVERY_DAYS = 91;

/** What is wrong with a stored cadence, field by field (none: it is one a council can mean). */
export function cadenceProblems(
  value: unknown,
  field = 'strategicDashboardCadence',
): FieldProblem[] {
  const v = (value ?? {}) as Partial<Record<keyof StrategicCadence, unknown>>;
  const problems: FieldProblem[] = [];
  const every = v.everyDays;
  if (
    typeof every !== 'number' ||
    !Number.isInteger(every) ||
    every < MIN_EVERY_DAYS ||
    every > MAX_EVERY_DAYS
  ) {
    problems.push({
      field: `${field}.everyDays`,
      message: `must be a whole number of days from ${MIN_EVERY_DAYS} to ${MAX_EVERY_DAYS}`,
    });
  }
  if (typeof v.anchor !== 'string' || !isValidIsoDate(v.anchor)) {
    problems.push({ field: `${field}.anchor`, message: 'must be a date as YYYY-MM-DD' });
  }
  return problems;
}

/** The k-th scheduled date moved, if need be, to the next working day. */
function issuedOn(cadence: StrategicCadence, k: number, calendar?: HolidayCalendar): IsoDate {
  return addWorkingDays(addDays(cadence.anchor, k * cadence.everyDays), 0, calendar);
}

/**
 * Every edition issued on or before `today`, newest first (at most MAX_EDITIONS). None before the
 * anchor. An edition moved past `today` by a bank holiday is not yet issued.
 */
export function editionDates(
  cadence: StrategicCadence,
  today: IsoDate,
  calendar?: HolidayCalendar,
): IsoDate[] {
  const elapsed = daysBetween(cadence.anchor, today);
  if (elapsed < 0) return [];
  const dates: IsoDate[] = [];
  for (let k = Math.floor(elapsed / cadence.everyDays); k >= 0; k--) {
    const date = issuedOn(cadence, k, calendar);
    if (date > today) continue;
    dates.push(date);
    if (dates.length === MAX_EDITIONS) break;
  }
  return dates;
}

/** The latest edition issued on or before `today`, or null before the first. */
export function latestEdition(
  cadence: StrategicCadence,
  today: IsoDate,
  calendar?: HolidayCalendar,
): IsoDate | null {
  return editionDates(cadence, today, calendar)[0] ?? null;
}

/** The next edition after `today` (for the page's "next edition" line). */
export function nextEdition(
  cadence: StrategicCadence,
  today: IsoDate,
  calendar?: HolidayCalendar,
): IsoDate {
  const elapsed = daysBetween(cadence.anchor, today);
  let k = elapsed < 0 ? 0 : Math.floor(elapsed / cadence.everyDays);
  for (; ; k++) {
    const date = issuedOn(cadence, k, calendar);
    if (date > today) return date;
  }
}
