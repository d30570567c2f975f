import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import {
  addWorkingDays,
  isWorkingDay,
  makeHolidayCalendar,
  workingDaysBetween,
} from './working-days.js';

describe('isWorkingDay', () => {
  it('is Monday to Friday except bank holidays', () => {
    expect(isWorkingDay('2025-04-17')).toBe(true); // Thursday before Easter
    expect(isWorkingDay('2025-04-18')).toBe(false); // Good Friday
    expect(isWorkingDay('2025-04-19')).toBe(false); // Saturday
    expect(isWorkingDay('2025-04-21')).toBe(false); // Easter Monday
    expect(isWorkingDay('2027-12-27')).toBe(false); // Christmas substitute
    expect(isWorkingDay('2027-12-29')).toBe(true);
  });
});

describe('makeHolidayCalendar', () => {
  it('adds extra closure days to the shipped table', () => {
    const cal = makeHolidayCalendar(['2025-07-21', '2025-04-18']);
    expect(cal.isHoliday('2025-07-21')).toBe(true);
    expect(isWorkingDay('2025-07-21', cal)).toBe(false);
    expect(isWorkingDay('2025-07-21')).toBe(true);
    expect(cal.holidays).toHaveLength(108); // Good Friday was already there
    expect(cal.holidays).toContain('2025-07-21');
  });
  it('follows the regular rules in years after the shipped table', () => {
    // 2031: Christmas Day is a Thursday, Boxing Day a Friday; Easter Sunday is 13 April.
    expect(isWorkingDay('2031-12-25')).toBe(false);
    expect(isWorkingDay('2031-12-26')).toBe(false);
    expect(isWorkingDay('2031-04-11')).toBe(false); // Good Friday
    expect(isWorkingDay('2031-04-14')).toBe(false); // Easter Monday
    expect(isWorkingDay('2031-12-24')).toBe(true);
    expect(addWorkingDays('2031-12-24', 1)).toBe('2031-12-29');
  });
  it('refuses a bad extra date, naming its position', () => {
    expect(() => makeHolidayCalendar(['2025-07-21', '21/07/2025'])).toThrow(/holidays\[1\]/);
  });
});

describe('addWorkingDays', () => {
  it('skips Easter 2025 and Christmas 2027', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-17');
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29');
    expect(addWorkingDays('2025-07-18', 5)).toBe('2025-07-25');
  });
  it('with n = 0 keeps a working day and rolls a non-working one forward', () => {
    expect(addWorkingDays('2025-07-18', 0)).toBe('2025-07-18');
    expect(addWorkingDays('2025-04-19', 0)).toBe('2025-04-22');
  });
  it('refuses a fractional count', () => {
    expect(() => addWorkingDays('2025-07-18', 0.5)).toThrow(ValidationError);
  });
});

describe('workingDaysBetween', () => {
  it('counts days after from up to and including to', () => {
    expect(workingDaysBetween('2025-07-01', '2025-07-31')).toBe(22);
    expect(workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
    expect(workingDaysBetween('2025-07-18', '2025-07-18')).toBe(0);
    expect(workingDaysBetween('2025-07-31', '2025-07-01')).toBe(-22);
  });
  it('refuses bad dates', () => {
    expect(() => workingDaysBetween('2025-07-01', '2025-07-32')).toThrow(/to: /);
    expect(() => workingDaysBetween('x', '2025-07-01')).toThrow(/from: /);
  });
});
