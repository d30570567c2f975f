import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { parsePeriod as p } from './period-parse.js';
import {
  comparePeriods,
  nextPeriod,
  periodsBetween,
  periodsWithin,
  previousPeriod,
  samePeriodLastYear,
  yearToDatePeriods,
} from './period-navigation.js';

const keys = (list: { key: string }[]) => list.map((x) => x.key);

describe('previous and next', () => {
  it('crosses the financial year boundary', () => {
    expect(previousPeriod(p('Apr 2025'))).toMatchObject({
      key: '2025-03',
      year: '2024/25',
      index: 12,
    });
    expect(nextPeriod(p('Mar 2026'))).toMatchObject({ key: '2026-04', year: '2026/27', index: 1 });
    expect(previousPeriod(p('Q1 2025/26')).key).toBe('2024/25 Q4');
    expect(nextPeriod(p('Q4 2025/26')).key).toBe('2026/27 Q1');
    expect(previousPeriod(p('H1 2025/26')).key).toBe('2024/25 H2');
    expect(previousPeriod(p('2025/26')).key).toBe('2024/25');
    expect(nextPeriod(p('2025/26')).key).toBe('2026/27');
  });
  it('moves within a year', () => {
    expect(previousPeriod(p('Q3 2025/26')).key).toBe('2025/26 Q2');
    expect(nextPeriod(p('2025-12')).key).toBe('2026-01');
  });
});

describe('samePeriodLastYear', () => {
  it('keeps kind and index', () => {
    expect(samePeriodLastYear(p('Jan 2026'))).toMatchObject({
      key: '2025-01',
      year: '2024/25',
      index: 10,
    });
    expect(samePeriodLastYear(p('Q1 2025/26')).key).toBe('2024/25 Q1');
    expect(samePeriodLastYear(p('2025/26')).key).toBe('2024/25');
  });
});

describe('yearToDatePeriods', () => {
  it('runs from the start of the year to the period', () => {
    expect(keys(yearToDatePeriods(p('Q3 2025/26')))).toEqual([
      '2025/26 Q1',
      '2025/26 Q2',
      '2025/26 Q3',
    ]);
    expect(keys(yearToDatePeriods(p('Apr 2025')))).toEqual(['2025-04']);
    expect(yearToDatePeriods(p('Mar 2026'))).toHaveLength(12);
  });
});

describe('periodsWithin', () => {
  it('lists the smaller periods of a larger one', () => {
    expect(keys(periodsWithin(p('Q2 2025/26'), 'month'))).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
    expect(keys(periodsWithin(p('H2 2025/26'), 'quarter'))).toEqual(['2025/26 Q3', '2025/26 Q4']);
    expect(periodsWithin(p('2025/26'), 'month')).toHaveLength(12);
    expect(keys(periodsWithin(p('Q1 2025/26'), 'quarter'))).toEqual(['2025/26 Q1']);
    expect(periodsWithin(p('Q1 2025/26'), 'year')).toEqual([]);
  });
});

describe('comparePeriods', () => {
  it('orders by end date, then start date', () => {
    const sorted = [
      p('2025/26'),
      p('Mar 2026'),
      p('Q4 2025/26'),
      p('H2 2025/26'),
      p('Apr 2025'),
    ].sort(comparePeriods);
    expect(keys(sorted)).toEqual(['2025-04', '2025/26', '2025/26 H2', '2025/26 Q4', '2026-03']);
    expect(comparePeriods(p('Q1 2025/26'), p('2025/26 q1'))).toBe(0);
  });
});

describe('periodsBetween', () => {
  it('is inclusive and crosses years', () => {
    expect(keys(periodsBetween(p('Q3 2024/25'), p('Q2 2025/26')))).toEqual([
      '2024/25 Q3',
      '2024/25 Q4',
      '2025/26 Q1',
      '2025/26 Q2',
    ]);
    expect(keys(periodsBetween(p('Feb 2026'), p('Feb 2026')))).toEqual(['2026-02']);
    expect(periodsBetween(p('Mar 2026'), p('Feb 2026'))).toEqual([]);
  });
  it('refuses mixed kinds', () => {
    expect(() => periodsBetween(p('Apr 2025'), p('Q1 2025/26'))).toThrow(ValidationError);
    expect(() => periodsBetween(p('Apr 2025'), p('Q1 2025/26'))).toThrow(/Apr 2025 \(a month\)/);
  });
});
