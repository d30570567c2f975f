// Quiet hours (issue 4): the 08:00 and 18:00 edges in London time, in summer (BST, UTC+1) and
// winter (GMT), weekends and bank holidays, and a council's own settings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import {
  instantFromLondon,
  isWorkingDay,
  londonParts,
  makeHolidayCalendar,
} from '../periods/index.js';
import { DEFAULT_QUIET_HOURS, assertQuietHours, quietReason } from './quiet-hours.js';

describe('quietReason: the sending window 08:00–18:00 London time', () => {
  it('in BST (Wednesday 16/07/2025), 08:00 London is 07:00 UTC', () => {
    expect(quietReason('2025-07-16T06:59:00.000Z')).toBe('before 08:00 London time'); // 07:59
    expect(quietReason('2025-07-16T07:00:00.000Z')).toBeNull(); // 08:00
    expect(quietReason('2025-07-16T16:59:00.000Z')).toBeNull(); // 17:59
    expect(quietReason('2025-07-16T17:00:00.000Z')).toBe('after 18:00 London time'); // 18:00
  });

  it('in GMT (Wednesday 19/11/2025), London time is UTC', () => {
    expect(quietReason('2025-11-19T07:59:00.000Z')).toBe('before 08:00 London time');
    expect(quietReason('2025-11-19T08:00:00.000Z')).toBeNull();
    expect(quietReason('2025-11-19T17:59:00.000Z')).toBeNull();
    expect(quietReason('2025-11-19T18:00:00.000Z')).toBe('after 18:00 London time');
  });

  it('reads a Date as well as an ISO instant', () => {
    expect(quietReason(new Date('2025-07-16T06:59:00.000Z'))).toBe('before 08:00 London time');
  });

  it('takes the London date, not the UTC one, across midnight in BST', () => {
    // 23:30 UTC on Sunday 20/07 is 00:30 on Monday 21/07 in London: a weekday, but too early.
    expect(quietReason('2025-07-20T23:30:00.000Z')).toBe('before 08:00 London time');
    // 23:30 UTC on Friday 18/07 is 00:30 on Saturday in London.
    expect(quietReason('2025-07-18T23:30:00.000Z')).toBe('a weekend');
  });

  it('is quiet all weekend and on bank holidays, whatever the hour', () => {
    expect(quietReason(instantFromLondon('2025-07-19T10:00'))).toBe('a weekend'); // Saturday
    expect(quietReason(instantFromLondon('2025-07-20T12:00'))).toBe('a weekend'); // Sunday
    expect(quietReason(instantFromLondon('2025-08-25T10:00'))).toBe('a bank holiday');
    expect(quietReason(instantFromLondon('2025-12-25T10:00'))).toBe('a bank holiday');
    expect(quietReason(instantFromLondon('2025-12-26T07:00'))).toBe('a bank holiday');
    expect(quietReason(instantFromLondon('2026-04-03T10:00'))).toBe('a bank holiday'); // Good Friday
  });

  it("follows a council's calendar and settings", () => {
    const cal = makeHolidayCalendar(['2025-07-16']);
    expect(quietReason(instantFromLondon('2025-07-16T10:00'), DEFAULT_QUIET_HOURS, cal)).toBe(
      'a bank holiday',
    );
    const open = { startHour: 7, endHour: 20, weekends: true, bankHolidays: true };
    expect(quietReason(instantFromLondon('2025-07-19T10:00'), open)).toBeNull();
    expect(quietReason(instantFromLondon('2025-08-25T07:00'), open)).toBeNull();
    expect(quietReason(instantFromLondon('2025-08-25T19:59'), open)).toBeNull();
    expect(quietReason(instantFromLondon('2025-08-25T06:59'), open)).toBe(
      'before 07:00 London time',
    );
    expect(quietReason(instantFromLondon('2025-07-19T20:00'), open)).toBe(
      'after 20:00 London time',
    );
  });

  it('property: open exactly on London working days from 08:00 up to 17:59', () => {
    const anyInstant = fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) })
      .map((ms) => new Date(ms - (ms % 60_000)).toISOString());
    fc.assert(
      fc.property(anyInstant, (at) => {
        const { date, hour } = londonParts(at);
        const open = isWorkingDay(date) && hour >= 8 && hour < 18;
        expect(quietReason(at) === null).toBe(open);
      }),
      { numRuns: 500 },
    );
  });
});

describe('assertQuietHours', () => {
  it('accepts the default and a whole-day window', () => {
    expect(assertQuietHours(DEFAULT_QUIET_HOURS)).toBe(DEFAULT_QUIET_HOURS);
    const allDay = { ...DEFAULT_QUIET_HOURS, startHour: 0, endHour: 24 };
    expect(assertQuietHours(allDay)).toEqual(allDay);
  });

  it('names the field that is wrong', () => {
    const fieldOf = (q: typeof DEFAULT_QUIET_HOURS) => {
      try {
        assertQuietHours(q);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).problems[0]!.field;
      }
      return null;
    };
    expect(fieldOf({ ...DEFAULT_QUIET_HOURS, startHour: -1 })).toBe('startHour');
    expect(fieldOf({ ...DEFAULT_QUIET_HOURS, startHour: 8.5 })).toBe('startHour');
    expect(fieldOf({ ...DEFAULT_QUIET_HOURS, endHour: 25 })).toBe('endHour');
    expect(fieldOf({ ...DEFAULT_QUIET_HOURS, startHour: 18, endHour: 8 })).toBe('endHour');
    expect(fieldOf({ ...DEFAULT_QUIET_HOURS, startHour: 9, endHour: 9 })).toBe('endHour');
  });
});
