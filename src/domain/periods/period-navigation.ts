// Moving between periods: the previous and next period, the same period last year (for direction
// of travel, DESIGN.md "Ratings"), year-to-date and the periods inside another.
import { ValidationError } from '../errors/errors.js';
import { compareIsoDates } from './iso-date.js';
import {
  makePeriod,
  periodsOfYear,
  periodsPerYear,
  type Period,
  type PeriodKind,
} from './period.js';

export function previousPeriod(p: Period): Period {
  return p.index > 1
    ? makePeriod(p.kind, p.fyStart, p.index - 1)
    : makePeriod(p.kind, p.fyStart - 1, periodsPerYear(p.kind));
}

export function nextPeriod(p: Period): Period {
  return p.index < periodsPerYear(p.kind)
    ? makePeriod(p.kind, p.fyStart, p.index + 1)
    : makePeriod(p.kind, p.fyStart + 1, 1);
}

export function samePeriodLastYear(p: Period): Period {
  return makePeriod(p.kind, p.fyStart - 1, p.index);
}

/** Same-kind periods from the start of p's FY up to and including p. */
export function yearToDatePeriods(p: Period): Period[] {
  return periodsOfYear(p.year, p.kind).slice(0, p.index);
}

/** Orders by end date, then start date, so the year sorts before the March that ends it. */
export function comparePeriods(a: Period, b: Period): number {
  return compareIsoDates(a.end, b.end) || compareIsoDates(a.start, b.start);
}

/** Periods of `kind` lying wholly inside `outer` (none when `kind` is longer than `outer`). */
export function periodsWithin(outer: Period, kind: PeriodKind): Period[] {
  return periodsOfYear(outer.year, kind).filter(
    (p) => compareIsoDates(p.start, outer.start) >= 0 && compareIsoDates(p.end, outer.end) <= 0,
  );
}

/** Same-kind periods from `from` to `to` inclusive; empty when `to` is before `from`. */
export function periodsBetween(from: Period, to: Period): Period[] {
  if (from.kind !== to.kind) {
    throw new ValidationError(
      `cannot list periods from ${from.label} (a ${from.kind}) to ${to.label} (a ${to.kind})`,
      'period',
    );
  }
  const result: Period[] = [];
  for (let p = from; comparePeriods(p, to) <= 0; p = nextPeriod(p)) result.push(p);
  return result;
}
