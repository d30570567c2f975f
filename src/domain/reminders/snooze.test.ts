// "Remind me tomorrow" (issue 4): quiet until 08:00 London on the next working day, across
// weekends, bank holidays and the clock changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  instantFromLondon,
  isWorkingDay,
  londonDate,
  londonParts,
  makeHolidayCalendar,
  workingDaysBetween,
} from '../periods/index.js';
import { DEFAULT_QUIET_HOURS, quietReason } from './quiet-hours.js';
import { snoozeUntilTomorrow } from './snooze.js';

const at = (local: string) => instantFromLondon(local);

describe('snoozeUntilTomorrow', () => {
  it('Wednesday 16/07/2025 10:00 → Thursday 17/07 08:00 BST (07:00 UTC)', () => {
    expect(snoozeUntilTomorrow(at('2025-07-16T10:00'))).toBe('2025-07-17T07:00:00.000Z');
  });

  it('Friday → Monday; Saturday and Sunday → Monday', () => {
    expect(snoozeUntilTomorrow(at('2025-07-18T16:00'))).toBe('2025-07-21T07:00:00.000Z');
    expect(snoozeUntilTomorrow(at('2025-07-19T11:00'))).toBe('2025-07-21T07:00:00.000Z');
    expect(snoozeUntilTomorrow(at('2025-07-20T23:59'))).toBe('2025-07-21T07:00:00.000Z');
  });

  it('skips bank holidays: Friday 22/08/2025 → Tuesday 26/08; Christmas Eve → Monday 29/12', () => {
    expect(snoozeUntilTomorrow(at('2025-08-22T09:30'))).toBe('2025-08-26T07:00:00.000Z');
    expect(snoozeUntilTomorrow(at('2025-12-24T15:00'))).toBe('2025-12-29T08:00:00.000Z');
  });

  it('uses London time on both sides of the clock changes', () => {
    // Clocks go back on Sunday 26/10/2025: Monday 08:00 is GMT.
    expect(snoozeUntilTomorrow(at('2025-10-24T12:00'))).toBe('2025-10-27T08:00:00.000Z');
    // Clocks go forward on Sunday 29/03/2026: Monday 08:00 is BST.
    expect(snoozeUntilTomorrow(at('2026-03-27T12:00'))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('reads the day in London: 23:30 UTC on Thursday 17/07 is already Friday', () => {
    expect(snoozeUntilTomorrow('2025-07-17T22:30:00.000Z')).toBe('2025-07-18T07:00:00.000Z');
    expect(snoozeUntilTomorrow('2025-07-17T23:30:00.000Z')).toBe('2025-07-21T07:00:00.000Z');
    expect(snoozeUntilTomorrow(new Date('2025-07-17T23:30:00.000Z'))).toBe(
      '2025-07-21T07:00:00.000Z',
    );
  });

  it("follows the council's start hour and extra closure days", () => {
    const nine = { ...DEFAULT_QUIET_HOURS, startHour: 9 };
    expect(snoozeUntilTomorrow(at('2025-07-16T10:00'), nine)).toBe('2025-07-17T08:00:00.000Z');
    const cal = makeHolidayCalendar(['2025-07-17']);
    expect(snoozeUntilTomorrow(at('2025-07-16T10:00'), DEFAULT_QUIET_HOURS, cal)).toBe(
      '2025-07-18T07:00:00.000Z',
    );
  });

  it('property: ends at 08:00 on the next London working day, inside the sending window', () => {
    const anyInstant = fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(anyInstant, (now) => {
        const until = snoozeUntilTomorrow(now);
        const p = londonParts(until);
        expect(until > now).toBe(true);
        expect([p.hour, p.minute]).toEqual([8, 0]);
        expect(isWorkingDay(p.date)).toBe(true);
        expect(workingDaysBetween(londonDate(now), p.date)).toBe(1);
        expect(quietReason(until)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
