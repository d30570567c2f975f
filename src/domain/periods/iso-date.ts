// Calendar dates are plain `YYYY-MM-DD` strings. All arithmetic goes through UTC midnight so a
// daylight-saving change can never move a date by a day.
import { ValidationError } from '../errors/errors.js';
import type { IsoDate } from '../model/types.js';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap years: every fourth year, except centuries not divisible by 400. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Arithmetic rather than a Date object: this runs for every date the working-day and due-date
// rules touch, which is most of the demo council's build time.
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? Number.NaN);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Builds an IsoDate from parts that are already known to be valid. */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isValidIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isValidDateParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Splits a date, refusing anything that is not a real calendar day (so 2025-02-29 fails). */
export function isoParts(date: IsoDate, field = 'date'): DateParts {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!parts || !isValidDateParts(parts.year, parts.month, parts.day)) {
    throw new ValidationError(`"${String(date)}" is not a calendar date (YYYY-MM-DD)`, field);
  }
  return parts;
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new ValidationError(`${n} is not a whole number of days`, 'days');
  return fromEpochDay(toEpochDay(d) + n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  const dow = new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** ISO strings of the same shape sort as dates, so a string comparison is exact. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** en-GB display: dd/mm/yyyy. */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/;

/**
 * Reads a date as a UK officer types it: `20/07/2025`, `20/7/25` (two-digit years are 20xx) or
 * `14/08` (the year comes from `referenceYear`, e.g. the year of the return being entered).
 */
export function parseUkDate(text: string, referenceYear?: number): IsoDate {
  const fail = (why: string): never => {
    throw new ValidationError(`"${text}" ${why}; use dd/mm/yyyy, e.g. 20/07/2025`, 'date');
  };
  const m = UK_DATE.exec(String(text).trim());
  if (!m) return fail('is not a date');
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year: number;
  if (m[3] === undefined) {
    if (referenceYear === undefined || !Number.isInteger(referenceYear)) {
      return fail('has no year');
    }
    year = referenceYear;
  } else {
    year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  }
  if (!isValidDateParts(year, month, day)) return fail('is not a real calendar date');
  return isoFromParts(year, month, day);
}
