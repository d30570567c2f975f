import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatDate,
  isValidIsoDate,
  isoParts,
  isoWeekday,
  parseUkDate,
} from './iso-date.js';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-04-01', -1)).toBe('2025-03-31');
    expect(addDays('2025-07-20', 0)).toBe('2025-07-20');
  });

  it('is not shifted by the BST changes (30 March and 26 October 2025)', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2025-11-01', '2025-10-01')).toBe(-31);
  });

  it('refuses fractional days and bad dates', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow(ValidationError);
    expect(() => addDays('2025-02-29', 1)).toThrow(/"2025-02-29" is not a calendar date/);
    expect(() => isoParts('20/07/2025', 'dueDate')).toThrow(/dueDate: /);
  });

  it('knows weekdays, month lengths and valid dates', () => {
    expect(isoWeekday('2025-07-21')).toBe(1);
    expect(isoWeekday('2025-07-20')).toBe(7);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('2025-4-1')).toBe(false);
    expect(compareIsoDates('2025-03-31', '2025-04-01')).toBe(-1);
    expect(compareIsoDates('2025-04-01', '2025-03-31')).toBe(1);
    expect(compareIsoDates('2025-04-01', '2025-04-01')).toBe(0);
  });
});

describe('formatDate', () => {
  it('shows dd/mm/yyyy', () => {
    expect(formatDate('2025-07-20')).toBe('20/07/2025');
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
  });
  it('refuses a non-date', () => {
    expect(() => formatDate('2025-02-30')).toThrow(ValidationError);
  });
});

describe('parseUkDate', () => {
  it('reads full, short-year and year-less dates', () => {
    expect(parseUkDate('20/07/2025')).toBe('2025-07-20');
    expect(parseUkDate(' 20/7/25 ')).toBe('2025-07-20');
    expect(parseUkDate('1/4/2026')).toBe('2026-04-01');
    expect(parseUkDate('14/08', 2025)).toBe('2025-08-14');
    expect(parseUkDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses impossible and ambiguous input, naming the field', () => {
    const cases = ['31/02/2025', '29/02/2025', '2025-07-20', '20/13/2025', 'soon', '', '7/20/2025'];
    for (const text of cases) {
      expect(() => parseUkDate(text), text).toThrow(ValidationError);
    }
    expect(() => parseUkDate('14/08')).toThrow(/has no year/);
    try {
      parseUkDate('31/02/2025');
    } catch (e) {
      expect((e as ValidationError).problems[0]).toMatchObject({ field: 'date' });
      expect((e as ValidationError).message).toContain('31/02/2025');
    }
  });
});
