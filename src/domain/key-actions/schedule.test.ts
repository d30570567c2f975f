import { describe, expect, it } from 'vitest';
import { dueDateFor, parsePeriod } from '../periods/index.js';
import { periodsOwed, type OwedInput } from './schedule.js';

const action = (over: Partial<OwedInput['action']> = {}): OwedInput['action'] => ({
  startDate: null,
  dueDate: '2026-03-31',
  revisedDueDate: null,
  updateFrequency: 'quarterly',
  status: 'on-track',
  retired: false,
  ...over,
});
const keys = (input: OwedInput) => periodsOwed(input).map((p) => p.key);

describe('periodsOwed', () => {
  it('owes one update per ended quarter of the plan year by default', () => {
    expect(keys({ action: action(), planYear: '2025/26', today: '2025-11-03' })).toEqual([
      '2025/26 Q1',
      '2025/26 Q2',
    ]);
  });

  it('counts a quarter only once it has ended', () => {
    expect(keys({ action: action(), planYear: '2025/26', today: '2025-06-30' })).toEqual([]);
    expect(keys({ action: action(), planYear: '2025/26', today: '2025-07-01' })).toEqual([
      '2025/26 Q1',
    ]);
  });

  it('starts at the start date and stops at the (revised) due date', () => {
    const a = action({ startDate: '2025-08-15', dueDate: '2025-10-10' });
    expect(keys({ action: a, planYear: '2025/26', today: '2026-05-01' })).toEqual([
      '2025/26 Q2',
      '2025/26 Q3',
    ]);
    const revised = { ...a, revisedDueDate: '2026-02-01' };
    expect(keys({ action: revised, planYear: '2025/26', today: '2026-05-01' })).toEqual([
      '2025/26 Q2',
      '2025/26 Q3',
      '2025/26 Q4',
    ]);
  });

  it('owes nothing more once complete', () => {
    const a = action({ status: 'complete' });
    expect(keys({ action: a, planYear: '2025/26', today: '2026-02-01' })).toEqual([]);
  });

  it('follows the action’s own frequency', () => {
    const a = action({ updateFrequency: 'monthly' });
    expect(keys({ action: a, planYear: '2025/26', today: '2025-07-02' })).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    const h = action({ updateFrequency: 'half-yearly' });
    expect(keys({ action: h, planYear: '2025/26', today: '2026-04-02' })).toEqual([
      '2025/26 H1',
      '2025/26 H2',
    ]);
  });

  it('owes nothing when retired, and nothing older than the previous financial year', () => {
    expect(
      keys({ action: action({ retired: true }), planYear: '2025/26', today: '2026-01-05' }),
    ).toEqual([]);
    const old = action({ startDate: '2022-04-01', dueDate: '2030-03-31' });
    expect(keys({ action: old, planYear: '2022/23', today: '2026-05-10' })[0]).toBe('2025/26 Q1');
  });

  it('uses the same due date as returns for the period (timetable, else the default rule)', () => {
    const q2 = parsePeriod('2025/26 Q2');
    const timetable = [{ id: 't', periodKey: '2025/26 Q2', dueDate: '2025-10-24', note: '' }];
    expect(dueDateFor(q2, { timetable, defaultWorkingDays: 15 })).toBe('2025-10-24');
    // 15 working days after 30/09/2025 (no bank holidays in October).
    expect(dueDateFor(q2, { timetable: [], defaultWorkingDays: 15 })).toBe('2025-10-21');
  });
});
