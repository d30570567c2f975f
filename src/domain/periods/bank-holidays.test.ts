import { describe, expect, it } from 'vitest';
import { bankHolidaysOfYear, easterSunday, ENGLAND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';
import { isoWeekday } from './iso-date.js';

// Hand-copied from the GOV.UK England and Wales list for years with something unusual.
const GOV_UK: Record<number, string[]> = {
  2020: [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
};

describe('England and Wales bank holidays', () => {
  it.each(Object.entries(GOV_UK))('%s matches GOV.UK', (year, expected) => {
    expect(bankHolidaysOfYear(Number(year))).toEqual(expected);
  });

  it('includes Easter 2025 (Good Friday 18 April, Easter Monday 21 April)', () => {
    expect(ENGLAND_WALES_BANK_HOLIDAYS).toContain('2025-04-18');
    expect(ENGLAND_WALES_BANK_HOLIDAYS).toContain('2025-04-21');
    expect(ENGLAND_WALES_BANK_HOLIDAYS).not.toContain('2025-04-20');
  });

  it('substitutes weekdays for Christmas 2027 (Sat) and Boxing Day (Sun)', () => {
    expect(ENGLAND_WALES_BANK_HOLIDAYS).toEqual(
      expect.arrayContaining(['2027-12-27', '2027-12-28']),
    );
    expect(ENGLAND_WALES_BANK_HOLIDAYS).not.toContain('2027-12-25');
    expect(bankHolidaysOfYear(2028)).toContain('2028-01-03'); // New Year's Day 2028 is a Saturday
  });

  it('covers 2018 to 2030: 8 a year, plus 2 extra in 2022 and 1 in 2023, all weekdays, sorted', () => {
    expect(ENGLAND_WALES_BANK_HOLIDAYS).toHaveLength(13 * 8 + 3);
    expect(ENGLAND_WALES_BANK_HOLIDAYS[0]).toBe('2018-01-01');
    expect(ENGLAND_WALES_BANK_HOLIDAYS.at(-1)).toBe('2030-12-26');
    expect(ENGLAND_WALES_BANK_HOLIDAYS.every((d) => isoWeekday(d) <= 5)).toBe(true);
    expect([...ENGLAND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_WALES_BANK_HOLIDAYS);
    expect(new Set(ENGLAND_WALES_BANK_HOLIDAYS).size).toBe(ENGLAND_WALES_BANK_HOLIDAYS.length);
    expect(Object.isFrozen(ENGLAND_WALES_BANK_HOLIDAYS)).toBe(true);
  });

  it.each([
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2021, '2021-04-04'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});
