// The reminder stages of issue 4 on concrete calendars (July, the August bank holiday, Easter,
// Christmas 2025), and properties over any day and any policy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { IsoDate, ReminderPolicy } from '../model/types.js';
import { addDays, addWorkingDays, isWorkingDay, makeHolidayCalendar } from '../periods/index.js';
import { STAGE_AUDIENCE, effectivePolicy, inReminderWindow, stagesOnDay } from './stages.js';
import { POLICY, anyDay, anyPolicy } from '../../../test/support/reminder-fixtures.js';

/** Every day from `from` to `to` (inclusive) that has a stage, with its stages. */
function calendarOf(
  from: IsoDate,
  to: IsoDate,
  due: IsoDate,
  policy: ReminderPolicy = POLICY,
  cal = makeHolidayCalendar(),
): Record<IsoDate, string[]> {
  const out: Record<IsoDate, string[]> = {};
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const s = stagesOnDay(d, due, policy, cal).map((x) => x.stage);
    if (s.length) out[d] = s;
  }
  return out;
}

function errorOf(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('stagesOnDay: a return due Friday 18/07/2025 (N = 5, M = 2, K = 5)', () => {
  it('gives the whole calendar from the first reminder to 12 working days overdue', () => {
    expect(calendarOf('2025-06-30', '2025-08-05', '2025-07-18')).toEqual({
      '2025-07-11': ['first'], // Friday: 5 working days before
      '2025-07-17': ['day-before'], // Thursday
      '2025-07-18': ['due-day'],
      '2025-07-22': ['overdue'], // 2 working days overdue
      '2025-07-24': ['overdue'], // 4
      '2025-07-25': ['escalate-responsible'], // 5 = K: to the Responsible Officer
      '2025-07-28': ['overdue'], // 6
      '2025-07-30': ['overdue'], // 8
      '2025-08-01': ['overdue', 'escalate-owner'], // 10 = 2K: to the escalation owner
      '2025-08-05': ['overdue'], // 12
    });
  });

  it('counts working days to the due date, negative once overdue', () => {
    expect(stagesOnDay('2025-07-11', '2025-07-18', POLICY)).toEqual([
      { stage: 'first', workingDaysToDue: 5 },
    ]);
    expect(stagesOnDay('2025-07-17', '2025-07-18', POLICY)).toEqual([
      { stage: 'day-before', workingDaysToDue: 1 },
    ]);
    expect(stagesOnDay('2025-07-18', '2025-07-18', POLICY)).toEqual([
      { stage: 'due-day', workingDaysToDue: 0 },
    ]);
    expect(stagesOnDay('2025-08-01', '2025-07-18', POLICY)).toEqual([
      { stage: 'overdue', workingDaysToDue: -10 },
      { stage: 'escalate-owner', workingDaysToDue: -10 },
    ]);
  });

  it('sends nothing on the days between the stages, nor at the weekend', () => {
    for (const quietDay of ['2025-07-10', '2025-07-14', '2025-07-16', '2025-07-21', '2025-07-23']) {
      expect(stagesOnDay(quietDay, '2025-07-18', POLICY), quietDay).toEqual([]);
    }
    // Saturday 26/07 would be 5½ days overdue: weekends never carry a stage.
    expect(stagesOnDay('2025-07-26', '2025-07-18', POLICY)).toEqual([]);
    expect(stagesOnDay('2025-07-27', '2025-07-18', POLICY)).toEqual([]);
  });

  it('every M working days overdue with M = 1 and M = 3', () => {
    const every = (m: number) =>
      Object.keys(
        calendarOf('2025-07-21', '2025-07-31', '2025-07-18', {
          ...POLICY,
          repeatEveryWorkingDaysOverdue: m,
          escalateAfterWorkingDaysOverdue: 20,
        }),
      );
    expect(every(1)).toEqual([
      '2025-07-21',
      '2025-07-22',
      '2025-07-23',
      '2025-07-24',
      '2025-07-25',
      '2025-07-28',
      '2025-07-29',
      '2025-07-30',
      '2025-07-31',
    ]);
    expect(every(3)).toEqual(['2025-07-23', '2025-07-28', '2025-07-31']);
  });

  it('N = 1 folds the first reminder into the day before; N = 0 sends nothing before', () => {
    const before = (n: number) =>
      calendarOf('2025-07-01', '2025-07-18', '2025-07-18', {
        ...POLICY,
        firstReminderWorkingDaysBefore: n,
      });
    expect(before(1)).toEqual({ '2025-07-17': ['day-before'], '2025-07-18': ['due-day'] });
    expect(before(0)).toEqual({ '2025-07-17': ['day-before'], '2025-07-18': ['due-day'] });
    expect(before(10)['2025-07-04']).toEqual(['first']);
  });
});

describe('stagesOnDay: due dates on bank holidays and weekends count as the next working day', () => {
  it('due on the August bank holiday, Monday 25/08/2025: due day Tuesday 26/08', () => {
    expect(calendarOf('2025-08-11', '2025-09-02', '2025-08-25')).toEqual({
      '2025-08-18': ['first'], // Mon: Fri 22, Thu 21, Wed 20, Tue 19, Mon 18
      '2025-08-22': ['day-before'], // Friday before the bank holiday
      '2025-08-26': ['due-day'],
      '2025-08-28': ['overdue'],
      '2025-09-01': ['overdue'],
      '2025-09-02': ['escalate-responsible'],
    });
  });

  it('due Saturday 19/07/2025: day before Friday 18/07, due day Monday 21/07', () => {
    expect(calendarOf('2025-07-07', '2025-07-22', '2025-07-19')).toEqual({
      '2025-07-14': ['first'],
      '2025-07-18': ['day-before'],
      '2025-07-21': ['due-day'],
    });
  });

  it('due Tuesday 22/04/2025 after Easter: day before is Thursday 17/04', () => {
    expect(calendarOf('2025-04-07', '2025-04-22', '2025-04-22')).toEqual({
      '2025-04-11': ['first'], // Fri 11/04: Thu 17, Wed 16, Tue 15, Mon 14, Fri 11
      '2025-04-17': ['day-before'],
      '2025-04-22': ['due-day'],
    });
  });

  it('due Wednesday 24/12/2025: overdue counts skip Christmas and New Year', () => {
    const every = {
      ...POLICY,
      repeatEveryWorkingDaysOverdue: 1,
      escalateAfterWorkingDaysOverdue: 2,
    };
    expect(calendarOf('2025-12-25', '2026-01-06', '2025-12-24', every)).toEqual({
      '2025-12-29': ['overdue'], // 1: 25/12 and 26/12 are bank holidays
      '2025-12-30': ['overdue', 'escalate-responsible'], // 2 = K
      '2025-12-31': ['overdue'], // 3
      '2026-01-02': ['overdue', 'escalate-owner'], // 4 = 2K, 01/01 a bank holiday
      '2026-01-05': ['overdue'],
      '2026-01-06': ['overdue'],
    });
  });

  it("a council's extra closure day is treated like a bank holiday", () => {
    const cal = makeHolidayCalendar(['2025-07-17']);
    expect(calendarOf('2025-07-01', '2025-07-18', '2025-07-18', POLICY, cal)).toEqual({
      '2025-07-10': ['first'],
      '2025-07-16': ['day-before'],
      '2025-07-18': ['due-day'],
    });
  });
});

describe('effectivePolicy', () => {
  it("applies an indicator's override over the council policy, field by field", () => {
    expect(effectivePolicy(POLICY, null)).toEqual(POLICY);
    expect(effectivePolicy(POLICY, undefined)).toEqual(POLICY);
    expect(effectivePolicy(POLICY, { escalateAfterWorkingDaysOverdue: 3 })).toEqual({
      firstReminderWorkingDaysBefore: 5,
      repeatEveryWorkingDaysOverdue: 2,
      escalateAfterWorkingDaysOverdue: 3,
    });
    expect(effectivePolicy(POLICY, { firstReminderWorkingDaysBefore: 0 })).toMatchObject({
      firstReminderWorkingDaysBefore: 0,
    });
  });

  it('refuses numbers that are not whole or too small, naming the field', () => {
    const cases: Array<[Partial<ReminderPolicy>, string]> = [
      [{ firstReminderWorkingDaysBefore: -1 }, 'firstReminderWorkingDaysBefore'],
      [{ firstReminderWorkingDaysBefore: 2.5 }, 'firstReminderWorkingDaysBefore'],
      [{ repeatEveryWorkingDaysOverdue: 0 }, 'repeatEveryWorkingDaysOverdue'],
      [{ repeatEveryWorkingDaysOverdue: Number.NaN }, 'repeatEveryWorkingDaysOverdue'],
      [{ escalateAfterWorkingDaysOverdue: 0 }, 'escalateAfterWorkingDaysOverdue'],
    ];
    for (const [override, field] of cases) {
      const e = errorOf(() => effectivePolicy(POLICY, override));
      expect(e.problems[0]!.field).toBe(field);
    }
    expect(
      errorOf(() => effectivePolicy(POLICY, { repeatEveryWorkingDaysOverdue: 0 })).message,
    ).toBe('repeatEveryWorkingDaysOverdue: 0 is not a whole number ≥ 1');
  });
});

describe('inReminderWindow', () => {
  it('opens on the first reminder (N = 5: Friday 11/07 for a return due 18/07) and stays open', () => {
    expect(inReminderWindow('2025-07-10', '2025-07-18', POLICY)).toBe(false);
    expect(inReminderWindow('2025-07-11', '2025-07-18', POLICY)).toBe(true);
    expect(inReminderWindow('2025-07-18', '2025-07-18', POLICY)).toBe(true);
    expect(inReminderWindow('2025-09-30', '2025-07-18', POLICY)).toBe(true);
  });

  it('opens no later than the day before, even when N is 0', () => {
    const none = { ...POLICY, firstReminderWorkingDaysBefore: 0 };
    expect(inReminderWindow('2025-07-16', '2025-07-18', none)).toBe(false);
    expect(inReminderWindow('2025-07-17', '2025-07-18', none)).toBe(true);
  });
});

describe('stagesOnDay: properties', () => {
  it('no stage is ever planned on a weekend or bank holiday', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyPolicy, (day, due, policy) => {
        if (!isWorkingDay(day)) expect(stagesOnDay(day, due, policy)).toEqual([]);
      }),
    );
  });

  it('each stage lands on exactly the working day the policy names', () => {
    fc.assert(
      fc.property(anyDay, anyPolicy, fc.integer({ min: 1, max: 4 }), (typed, policy, j) => {
        const due = addWorkingDays(typed, 0);
        const n = policy.firstReminderWorkingDaysBefore;
        const k = policy.escalateAfterWorkingDaysOverdue;
        const m = policy.repeatEveryWorkingDaysOverdue;
        const on = (offset: number) =>
          stagesOnDay(addWorkingDays(due, offset), typed, policy).map((s) => s.stage);
        if (n > 1) expect(on(-n)).toEqual(['first']);
        expect(on(-1)).toEqual(['day-before']);
        expect(on(0)).toEqual(['due-day']);
        expect(on(j * m)).toContain('overdue');
        expect(on(k)).toContain('escalate-responsible');
        expect(on(2 * k)).toContain('escalate-owner');
      }),
    );
  });

  it('escalations come only once overdue, each exactly once, the owner after the Responsible Officer', () => {
    fc.assert(
      fc.property(anyDay, anyPolicy, (typed, policy) => {
        const due = addWorkingDays(typed, 0);
        const seen: Record<string, number[]> = {};
        const k = policy.escalateAfterWorkingDaysOverdue;
        for (let i = -20; i <= 2 * k + 5; i++) {
          for (const s of stagesOnDay(addWorkingDays(due, i), typed, policy)) {
            (seen[s.stage] ??= []).push(i);
            expect(s.workingDaysToDue).toBe(0 - i);
          }
        }
        expect(seen['escalate-responsible']).toEqual([k]);
        expect(seen['escalate-owner']).toEqual([2 * k]);
        expect(seen['due-day']).toEqual([0]);
        expect(seen['day-before']).toEqual([-1]);
        // Escalations never precede the due day; with K ≥ M the collector has had an overdue
        // reminder on or before the escalation day.
        const firstOverdue = Math.min(...(seen.overdue ?? [Infinity]));
        expect(firstOverdue).toBeGreaterThan(0);
        if (k >= policy.repeatEveryWorkingDaysOverdue) expect(firstOverdue).toBeLessThanOrEqual(k);
      }),
      { numRuns: 60 },
    );
  });

  it('every stage is addressed to someone', () => {
    expect(Object.keys(STAGE_AUDIENCE).sort()).toEqual(
      [
        'day-before',
        'due-day',
        'escalate-owner',
        'escalate-responsible',
        'first',
        'overdue',
      ].sort(),
    );
  });
});
