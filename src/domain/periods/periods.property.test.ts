import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './iso-date.js';
import {
  nextPeriod,
  previousPeriod,
  samePeriodLastYear,
  yearToDatePeriods,
} from './period-navigation.js';
import { parsePeriod } from './period-parse.js';
import {
  makePeriod,
  PERIOD_KINDS,
  periodsOfYear,
  periodsPerYear,
  type PeriodKind,
} from './period.js';
import { financialYearLabel, parseFinancialYear } from './financial-year.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

const kind = fc.constantFrom<PeriodKind>(...PERIOD_KINDS);
const fyStart = fc.integer({ min: 1900, max: 2200 });
const period = fc
  .tuple(kind, fyStart, fc.integer({ min: 0, max: 11 }))
  .map(([k, fy, i]) => makePeriod(k, fy, (i % periodsPerYear(k)) + 1));
/** Days from 2018-01-01 to the end of 2030, the span of the shipped bank-holiday table. */
const tableDate = fc.integer({ min: 0, max: 4747 }).map((n) => addDays('2018-01-01', n));

describe('period properties', () => {
  it('parse round-trips the key and the label', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(p.key)).toEqual(p);
        expect(parsePeriod(p.label)).toEqual(p);
        expect(parsePeriod(` ${p.label.toLowerCase()} `)).toEqual(p);
      }),
    );
  });

  it('financial year labels round-trip', () => {
    fc.assert(fc.property(fyStart, (fy) => parseFinancialYear(financialYearLabel(fy)) === fy));
  });

  it('previous(next(p)) = p and next(previous(p)) = p, and they are adjacent', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
        expect(nextPeriod(previousPeriod(p))).toEqual(p);
        expect(addDays(p.end, 1)).toBe(nextPeriod(p).start);
      }),
    );
  });

  it('the periods of a year tile it from 1 April to 31 March', () => {
    fc.assert(
      fc.property(fyStart, kind, (fy, k) => {
        const list = periodsOfYear(financialYearLabel(fy), k);
        expect(list[0]?.start).toBe(`${fy}-04-01`);
        expect(list.at(-1)?.end).toBe(`${fy + 1}-03-31`);
        list.slice(1).forEach((p, i) => expect(p.start).toBe(addDays(list[i]!.end, 1)));
        const days = list.reduce((sum, p) => sum + daysBetween(p.start, p.end) + 1, 0);
        expect(days).toBe(daysBetween(`${fy}-04-01`, `${fy + 1}-04-01`));
        expect(list.map((p) => p.index)).toEqual(list.map((_, i) => i + 1));
      }),
    );
  });

  it('samePeriodLastYear keeps kind and index, one year back', () => {
    fc.assert(
      fc.property(period, (p) => {
        const last = samePeriodLastYear(p);
        expect([last.kind, last.index, last.fyStart]).toEqual([p.kind, p.index, p.fyStart - 1]);
      }),
    );
  });

  it('yearToDatePeriods ends with p and stays in p’s year', () => {
    fc.assert(
      fc.property(period, (p) => {
        const ytd = yearToDatePeriods(p);
        expect(ytd.at(-1)).toEqual(p);
        expect(ytd).toHaveLength(p.index);
        expect(ytd.every((q) => q.year === p.year && q.kind === p.kind)).toBe(true);
      }),
    );
  });
});

describe('working-day properties', () => {
  it('addWorkingDays always lands on a working day', () => {
    fc.assert(
      fc.property(tableDate, fc.integer({ min: -40, max: 40 }), (d, n) =>
        isWorkingDay(addWorkingDays(d, n)),
      ),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) = n for a working day d', () => {
    fc.assert(
      fc.property(tableDate, fc.integer({ min: -60, max: 60 }), (d, n) => {
        fc.pre(isWorkingDay(d));
        return workingDaysBetween(d, addWorkingDays(d, n)) === n;
      }),
    );
  });

  it('workingDaysBetween is antisymmetric', () => {
    fc.assert(
      fc.property(tableDate, tableDate, (a, b) => {
        fc.pre(Math.abs(daysBetween(a, b)) < 400);
        return workingDaysBetween(a, b) === -workingDaysBetween(b, a);
      }),
    );
  });
});
