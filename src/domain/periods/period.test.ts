import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { Frequency } from '../model/types.js';
import {
  frequencyForKind,
  kindForFrequency,
  makePeriod,
  periodContaining,
  periodsOfYear,
  type PeriodKind,
} from './period.js';

describe('makePeriod', () => {
  it('builds each kind with key, label and dates', () => {
    expect(makePeriod('month', 2025, 1)).toEqual({
      key: '2025-04',
      kind: 'month',
      year: '2025/26',
      fyStart: 2025,
      index: 1,
      start: '2025-04-01',
      end: '2025-04-30',
      label: 'Apr 2025',
    });
    expect(makePeriod('month', 2025, 12)).toMatchObject({
      key: '2026-03',
      label: 'Mar 2026',
      start: '2026-03-01',
      end: '2026-03-31',
    });
    expect(makePeriod('month', 2023, 11)).toMatchObject({ key: '2024-02', end: '2024-02-29' });
    expect(makePeriod('quarter', 2025, 1)).toMatchObject({
      key: '2025/26 Q1',
      label: 'Q1 2025/26',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(makePeriod('quarter', 2025, 4)).toMatchObject({
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(makePeriod('half', 2025, 2)).toMatchObject({
      key: '2025/26 H2',
      label: 'H2 2025/26',
      start: '2025-10-01',
      end: '2026-03-31',
    });
    expect(makePeriod('year', 2025, 1)).toMatchObject({
      key: '2025/26',
      label: '2025/26',
      start: '2025-04-01',
      end: '2026-03-31',
    });
  });

  it('refuses an index outside the year or an unknown kind', () => {
    expect(() => makePeriod('quarter', 2025, 5)).toThrow(/quarter index must be 1–4, not 5/);
    expect(() => makePeriod('month', 2025, 0)).toThrow(ValidationError);
    expect(() => makePeriod('week' as PeriodKind, 2025, 1)).toThrow(/"week" is not a period kind/);
  });
});

describe('periodsOfYear', () => {
  it('lists 12 months, 4 quarters, 2 halves, 1 year', () => {
    expect(periodsOfYear('2025/26', 'month').map((p) => p.key)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(periodsOfYear('2025/26', 'quarter').map((p) => p.label)).toEqual([
      'Q1 2025/26',
      'Q2 2025/26',
      'Q3 2025/26',
      'Q4 2025/26',
    ]);
    expect(periodsOfYear('2025/26', 'half')).toHaveLength(2);
    expect(periodsOfYear('2025/26', 'year')).toHaveLength(1);
  });
  it('refuses a bad year label', () => {
    expect(() => periodsOfYear('2025/27', 'month')).toThrow(ValidationError);
  });
});

describe('periodContaining', () => {
  it('finds the period around 31 March and 1 April', () => {
    expect(periodContaining('2026-03-31', 'quarter').key).toBe('2025/26 Q4');
    expect(periodContaining('2026-04-01', 'quarter').key).toBe('2026/27 Q1');
    expect(periodContaining('2025-09-30', 'half').key).toBe('2025/26 H1');
    expect(periodContaining('2025-10-01', 'half').key).toBe('2025/26 H2');
    expect(periodContaining('2025-12-25', 'month').key).toBe('2025-12');
    expect(periodContaining('2026-02-14', 'year').key).toBe('2025/26');
  });
  it('refuses a bad date', () => {
    expect(() => periodContaining('2025-02-30', 'month')).toThrow(ValidationError);
  });
});

describe('frequencies', () => {
  const pairs: [Frequency, PeriodKind][] = [
    ['monthly', 'month'],
    ['quarterly', 'quarter'],
    ['half-yearly', 'half'],
    ['annual', 'year'],
  ];
  it.each(pairs)('%s ↔ %s', (f, k) => {
    expect(kindForFrequency(f)).toBe(k);
    expect(frequencyForKind(k)).toBe(f);
  });
  it('refuses unknown values', () => {
    expect(() => kindForFrequency('weekly' as Frequency)).toThrow(/"weekly" is not a frequency/);
    expect(() => frequencyForKind('week' as PeriodKind)).toThrow(ValidationError);
  });
});
