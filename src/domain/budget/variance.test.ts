// The worked examples at the top of variance.ts, repeated, plus the tolerance's edges.
import { describe, expect, it } from 'vitest';
import { toleranceProblem, varianceOf, withinTolerance } from './variance.js';

const pounds = (n: number) => Math.round(n * 100);
const line = (current: number, forecast: number) => ({
  currentBudgetPence: pounds(current),
  forecastOutturnPence: pounds(forecast),
});

describe('variance = forecast outturn − current budget, positive is adverse', () => {
  it('spending over budget is an overspend', () => {
    expect(varianceOf(line(1_000_000, 1_030_000))).toEqual({
      variancePence: pounds(30_000),
      variancePercent: 3,
      words: 'Overspend',
    });
  });

  it('spending under budget is an underspend', () => {
    expect(varianceOf(line(1_000_000, 970_000))).toEqual({
      variancePence: pounds(-30_000),
      variancePercent: -3,
      words: 'Underspend',
    });
  });

  it('income short of budget (less negative) is an overspend, % of the budget size', () => {
    expect(varianceOf(line(-2_000_000, -1_900_000))).toEqual({
      variancePence: pounds(100_000),
      variancePercent: 5,
      words: 'Overspend',
    });
  });

  it('more income than budgeted is an underspend', () => {
    expect(varianceOf(line(-2_000_000, -2_300_000))).toEqual({
      variancePence: pounds(-300_000),
      variancePercent: -15,
      words: 'Underspend',
    });
  });

  it('a zero budget has no %, and is judged on the floor alone', () => {
    expect(varianceOf(line(0, 5_000))).toEqual({
      variancePence: pounds(5_000),
      variancePercent: null,
      words: 'On budget',
    });
    expect(varianceOf(line(0, 10_000.01)).words).toBe('Overspend');
  });
});

describe('tolerance: the larger of ±2% of |current budget| and £10,000', () => {
  it('exactly at 2% is on budget, a penny more is an overspend', () => {
    expect(varianceOf(line(5_000_000, 5_100_000)).words).toBe('On budget');
    expect(varianceOf(line(5_000_000, 5_100_000.01)).words).toBe('Overspend');
    expect(varianceOf(line(5_000_000, 4_899_999.99)).words).toBe('Underspend');
  });

  it('the floor wins on a small budget', () => {
    expect(varianceOf(line(200_000, 209_000)).words).toBe('On budget');
    expect(varianceOf(line(200_000, 210_000.01)).words).toBe('Overspend');
  });

  it('a council may set its own, e.g. ±0.5% and no floor', () => {
    const strict = { percent: 0.5, floorPence: 0 };
    expect(varianceOf(line(1_000_000, 1_005_000), strict).words).toBe('On budget');
    expect(varianceOf(line(1_000_000, 1_005_001), strict).words).toBe('Overspend');
  });

  it('is exact for budgets far beyond a float-safe product', () => {
    // £90bn in pence × 10,000 exceeds 2^53: the comparison is in BigInt.
    const current = 9_000_000_000_000;
    expect(withinTolerance(180_000_000_000, current, { percent: 2, floorPence: 0 })).toBe(true);
    expect(withinTolerance(180_000_000_001, current, { percent: 2, floorPence: 0 })).toBe(false);
  });

  it('refuses a tolerance no council means', () => {
    expect(toleranceProblem({ percent: 2, floorPence: 1_000_000 })).toBeNull();
    expect(toleranceProblem({ percent: 2.15, floorPence: 0 })).toBeNull();
    expect(toleranceProblem({ percent: -1, floorPence: 0 })).toMatch(/percent/);
    expect(toleranceProblem({ percent: 2.125, floorPence: 0 })).toMatch(/two decimal/);
    expect(toleranceProblem({ percent: 2, floorPence: 10.5 })).toMatch(/floorPence/);
    expect(toleranceProblem('2%')).toMatch(/percent, floorPence/);
  });
});
