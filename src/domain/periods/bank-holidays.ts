// England and Wales bank holidays, 2018–2030, following the GOV.UK list
// (https://www.gov.uk/bank-holidays): the regular rules plus the one-off changes by proclamation.
import type { IsoDate } from '../model/types.js';
import { addDays, isoFromParts, isoWeekday } from './iso-date.js';

export const FIRST_TABLE_YEAR = 2018;
export const LAST_TABLE_YEAR = 2030;

/** Easter Sunday, Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoFromParts(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const first = isoFromParts(year, month, 1);
  return addDays(first, (8 - isoWeekday(first)) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const firstOfNext =
    month === 12 ? isoFromParts(year + 1, 1, 1) : isoFromParts(year, month + 1, 1);
  const last = addDays(firstOfNext, -1);
  return addDays(last, -((isoWeekday(last) + 6) % 7));
}

/** The first weekday on or after `d` not already taken by another holiday (substitute days). */
function substitute(d: IsoDate, taken: readonly IsoDate[]): IsoDate {
  let day = d;
  while (isoWeekday(day) > 5 || taken.includes(day)) day = addDays(day, 1);
  return day;
}

/**
 * One-off changes by royal proclamation: 2020 early May moved to Friday 8 May (VE Day 75);
 * 2022 spring holiday moved to Thursday 2 June plus Friday 3 June (Platinum Jubilee) and
 * Monday 19 September (the State Funeral of Queen Elizabeth II); 2023 Monday 8 May (Coronation).
 */
const MOVED: Readonly<Record<IsoDate, IsoDate>> = {
  '2020-05-04': '2020-05-08',
  '2022-05-30': '2022-06-02',
};
const ADDED: readonly IsoDate[] = ['2022-06-03', '2022-09-19', '2023-05-08'];

export function bankHolidaysOfYear(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const regular = [
    substitute(isoFromParts(year, 1, 1), []),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
  ].map((d) => MOVED[d] ?? d);
  // Christmas then Boxing Day: each rolls to the next free weekday, so a Saturday Christmas
  // gives Monday 27 and Tuesday 28 December.
  const christmas = substitute(isoFromParts(year, 12, 25), []);
  const boxing = substitute(isoFromParts(year, 12, 26), [christmas]);
  const added = ADDED.filter((d) => d.startsWith(`${year}-`));
  return [...regular, ...added, christmas, boxing].sort();
}

function buildTable(): IsoDate[] {
  const all: IsoDate[] = [];
  for (let y = FIRST_TABLE_YEAR; y <= LAST_TABLE_YEAR; y++) all.push(...bankHolidaysOfYear(y));
  return all;
}

export const ENGLAND_WALES_BANK_HOLIDAYS: readonly IsoDate[] = Object.freeze(buildTable());
