import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../model/types.js';
import { reviewState, riskDerivedFields, riskTrend } from './index.js';

describe('the review examples at the top of review-due.ts (review date 2025-11-20)', () => {
  it.each([
    ['2025-11-21', 'overdue'],
    ['2025-11-20', 'due'],
    ['2025-11-06', 'due'],
    ['2025-11-05', 'scheduled'],
  ] as const)('today %s → %s', (today, state) => {
    expect(reviewState('2025-11-20', 'open', today)).toBe(state);
    expect(reviewState('2025-11-20', 'treated', today)).toBe(state);
  });

  it('never calls a closed risk overdue', () => {
    expect(reviewState('2020-01-01', 'closed', '2025-11-21')).toBe('closed');
  });
});

describe('the stored columns that follow from a risk', () => {
  it('score the residual and put the review date at the start of its London day', () => {
    expect(
      riskDerivedFields({ residualLikelihood: 3, residualImpact: 4, reviewDate: '2025-07-01' }),
    ).toEqual({ residualScore: 12, reviewDueAt: '2025-06-30T23:00:00.000Z' });
    // GMT in winter: midnight is midnight UTC.
    expect(
      riskDerivedFields({ residualLikelihood: 5, residualImpact: 5, reviewDate: '2025-12-01' })
        .reviewDueAt,
    ).toBe('2025-12-01T00:00:00.000Z');
  });
});

const review = (date: string, l: RiskLevel, i: RiskLevel) => ({
  date,
  residualLikelihood: l,
  residualImpact: i,
});

describe('the trend examples at the top of trend.ts', () => {
  it('9 then 12 is up, 12 then 8 down, 8 then 8 steady', () => {
    expect(riskTrend([review('2025-06-01', 3, 3), review('2025-09-01', 4, 3)])).toEqual({
      direction: 'up',
      latest: 12,
      previous: 9,
      words: 'Up from 9 to 12',
    });
    expect(riskTrend([review('2025-06-01', 4, 3), review('2025-09-01', 2, 4)]).words).toBe(
      'Down from 12 to 8',
    );
    expect(riskTrend([review('2025-06-01', 4, 2), review('2025-09-01', 2, 4)])).toEqual(
      expect.objectContaining({ direction: 'steady', words: 'Steady at 8' }),
    );
  });

  it('compares the two latest by date, whatever order they come in', () => {
    const t = riskTrend([
      review('2025-09-01', 2, 2),
      review('2025-03-01', 5, 5),
      review('2025-06-01', 3, 2),
    ]);
    expect(t).toMatchObject({ direction: 'down', previous: 6, latest: 4 });
  });

  it('says there is nothing to compare before a second review', () => {
    expect(riskTrend([])).toMatchObject({ direction: 'new', words: 'Not yet reviewed' });
    expect(riskTrend([review('2025-06-01', 2, 5)])).toMatchObject({
      direction: 'new',
      latest: 10,
      words: 'First review: 10',
    });
  });
});
