import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { TimetableEntry } from '../model/types.js';
import { dueDateFor } from './due-date.js';
import { parsePeriod } from './period-parse.js';
import { makeHolidayCalendar } from './working-days.js';

const entry = (periodKey: string, dueDate: string): TimetableEntry => ({
  id: `tt-${periodKey}`,
  periodKey,
  dueDate,
  note: '',
});

describe('dueDateFor', () => {
  const q1 = parsePeriod('Q1 2025/26');

  it('defaults to 15 working days after the period ends', () => {
    // Q1 ends Monday 30 June 2025; 1–4 July (4), 7–11 (9), 14–18 (14), Monday 21 July (15).
    expect(dueDateFor(q1, { timetable: [], defaultWorkingDays: 15 })).toBe('2025-07-21');
  });

  it('skips bank holidays: Q4 2024/25 waits for Easter 2025', () => {
    // Ends Monday 31 March; 1–4 April (4), 7–11 (9), 14–17 (13), Easter 18 and 21 off, 22 (14), 23 (15).
    expect(dueDateFor(parsePeriod('Q4 2024/25'), { timetable: [], defaultWorkingDays: 15 })).toBe(
      '2025-04-23',
    );
  });

  it('uses a council calendar when given', () => {
    const calendar = makeHolidayCalendar(['2025-07-21']);
    expect(dueDateFor(q1, { timetable: [], defaultWorkingDays: 15, calendar })).toBe('2025-07-22');
  });

  it('lets a timetable entry for the period win, in either key form', () => {
    const timetable = [entry('2025-06', '2025-07-10'), entry('2025/26 Q1', '2025-07-20')];
    expect(dueDateFor(q1, { timetable, defaultWorkingDays: 15 })).toBe('2025-07-20');
    expect(
      dueDateFor(q1, { timetable: [entry('Q1 2025/26', '2025-07-18')], defaultWorkingDays: 15 }),
    ).toBe('2025-07-18');
    expect(dueDateFor(parsePeriod('2025-06'), { timetable, defaultWorkingDays: 15 })).toBe(
      '2025-07-10',
    );
  });

  it('ignores entries for other periods and with unreadable keys', () => {
    const timetable = [entry('2024/25 Q1', '2024-07-20'), entry('nonsense', '2025-07-01')];
    expect(dueDateFor(q1, { timetable, defaultWorkingDays: 15 })).toBe('2025-07-21');
  });

  it('refuses a bad rule or a bad entry date', () => {
    expect(() => dueDateFor(q1, { timetable: [], defaultWorkingDays: -1 })).toThrow(
      ValidationError,
    );
    expect(() => dueDateFor(q1, { timetable: [], defaultWorkingDays: 2.5 })).toThrow(
      /defaultDueWorkingDays/,
    );
    expect(() =>
      dueDateFor(q1, { timetable: [entry('2025/26 Q1', '20/07/2025')], defaultWorkingDays: 15 }),
    ).toThrow(/dueDate: /);
  });
});
