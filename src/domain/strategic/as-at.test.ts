// Worked examples of what a strategic dashboard "as at" a date counts (as-at.ts): a figure from the
// end of the London day it was authorised, a reopened figure as it stood until it was reopened,
// and the latest period of the indicator's frequency that had ended by the date.
import { describe, expect, it } from 'vitest';
import type { IndicatorReturn, KeyActionUpdate } from '../model/types.js';
import { newReturn } from '../workflow/new-return.js';
import { latestAuthorisedPeriod, periodsEndedBy, returnAsAt, updateCountedBy } from './as-at.js';

const authorised = (at: string, value: number): IndicatorReturn => ({
  ...newReturn('ind-1', '2025/26 Q2'),
  id: 'ret-1',
  state: 'authorised',
  value,
  commentary: `figure ${value}`,
  authorisedBy: 'director',
  authorisedAt: at,
});

describe('returnAsAt', () => {
  it('counts a figure from the day it was authorised, not the day before', () => {
    const ret = authorised('2025-10-16T14:05:00.000Z', 81.5);
    expect(returnAsAt(ret, '2025-10-15')).toBeNull();
    expect(returnAsAt(ret, '2025-10-16')?.value).toBe(81.5);
    expect(returnAsAt(ret, '2026-03-31')?.value).toBe(81.5);
  });

  it('reads the day in London: 23:30 UTC on 30 June is 1 July in summer time', () => {
    const ret = authorised('2025-06-30T23:30:00.000Z', 12);
    expect(returnAsAt(ret, '2025-06-30')).toBeNull();
    expect(returnAsAt(ret, '2025-07-01')?.value).toBe(12);
  });

  it('does not count a figure still going through its checks', () => {
    const submitted = { ...authorised('2025-10-16T14:05:00.000Z', 3), state: 'checked' as const };
    expect(returnAsAt({ ...submitted, authorisedAt: null }, '2025-12-01')).toBeNull();
  });

  it('counts a restated figure as it stood until it was reopened', () => {
    // Authorised 16/10/2025 as 80, reopened 03/11/2025, authorised again 10/11/2025 as 82.
    const ret: IndicatorReturn = {
      ...authorised('2025-11-10T11:00:00.000Z', 82),
      restatements: [
        {
          value: 80,
          notAvailableReason: null,
          commentary: 'figure 80',
          forecast: null,
          enteredBy: 'officer',
          checkedBy: 'checker',
          authorisedBy: 'director',
          authorisedAt: '2025-10-16T09:00:00.000Z',
          reopenedBy: 'admin',
          reopenedAt: '2025-11-03T10:00:00.000Z',
          reason: 'Wrong month of data',
        },
      ],
    };
    const then = returnAsAt(ret, '2025-10-20');
    expect(then).toMatchObject({ value: 80, commentary: 'figure 80', state: 'authorised' });
    expect(then?.restatements).toEqual([]);
    // Reopened that day and not yet authorised again: no figure in force.
    expect(returnAsAt(ret, '2025-11-03')).toBeNull();
    expect(returnAsAt(ret, '2025-11-10')?.value).toBe(82);
    // Reopened and still with its Collection Officer today.
    const open = { ...ret, state: 'due' as const, value: null, authorisedAt: null };
    expect(returnAsAt(open, '2025-10-20')?.value).toBe(80);
    expect(returnAsAt(open, '2025-12-01')).toBeNull();
  });
});

describe('periodsEndedBy and latestAuthorisedPeriod', () => {
  it('gives the periods that had ended, newest first, a year back', () => {
    const months = periodsEndedBy('month', '2025-11-20');
    expect(months[0]!.key).toBe('2025-10');
    expect(months).toHaveLength(12);
    expect(months.at(-1)!.key).toBe('2024-11');
  });

  it('counts a period ending on the date itself: the year end', () => {
    expect(periodsEndedBy('quarter', '2026-03-31')[0]!.key).toBe('2025/26 Q4');
    expect(periodsEndedBy('year', '2026-03-31').map((p) => p.key)).toEqual(['2025/26', '2024/25']);
    expect(periodsEndedBy('year', '2026-03-30').map((p) => p.key)).toEqual(['2024/25', '2023/24']);
  });

  it("falls back to an earlier period when the latest one's figure was not authorised by then", () => {
    // As at the year end the year's annual figure is not yet in: last year's is the latest.
    const authorisedKeys = new Set(['2024/25', '2023/24']);
    const p = latestAuthorisedPeriod('year', '2026-03-31', (q) => authorisedKeys.has(q.key));
    expect(p?.key).toBe('2024/25');
    expect(latestAuthorisedPeriod('quarter', '2026-03-31', () => false)).toBeNull();
  });
});

describe('updateCountedBy', () => {
  const update = (state: KeyActionUpdate['state']) => ({
    state,
    enteredAt: '2025-10-06T09:00:00.000Z',
    checkedAt: state === 'checked' ? '2025-10-09T09:00:00.000Z' : null,
  });

  it('counts an update from the day it was submitted, or checked where checks are asked for', () => {
    expect(updateCountedBy(update('submitted'), '2025-10-05', false)).toBe(false);
    expect(updateCountedBy(update('submitted'), '2025-10-06', false)).toBe(true);
    expect(updateCountedBy(update('submitted'), '2025-10-30', true)).toBe(false);
    expect(updateCountedBy(update('checked'), '2025-10-08', true)).toBe(false);
    expect(updateCountedBy(update('checked'), '2025-10-09', true)).toBe(true);
    expect(updateCountedBy(update('due'), '2025-10-30', false)).toBe(false);
  });
});
