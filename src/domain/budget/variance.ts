// THE VARIANCE RULE for a budget line, a service or a directorate (issue 17; Derbyshire's quarterly
// Performance and Budget reports, seeds/004, give "the budget position and forecast outturn").
//
//   variance   = forecast outturn − current budget          (whole pence)
//   variance % = variance ÷ |current budget| × 100           (none when the current budget is 0)
//
// Amounts are net, as the ledger exports them: spending positive, income negative. So one rule
// serves both, and a positive variance is always adverse — the line will cost the council more
// than its budget, by spending more or by earning less:
//   - spending:  current £1,000,000.00, forecast £1,030,000.00 → +£30,000.00, +3.0% → Overspend
//   - spending:  current £1,000,000.00, forecast   £970,000.00 → −£30,000.00, −3.0% → Underspend
//   - income:    current −£2,000,000.00 (fees expected), forecast −£1,900,000.00 (fewer fees)
//                → +£100,000.00, +5.0% of |−£2,000,000.00| → Overspend (an income shortfall)
//   - income:    current −£2,000,000.00, forecast −£2,300,000.00 (more fees) → −£300,000.00,
//                −15.0% → Underspend
//   - current £0.00, forecast £5,000.00 → +£5,000.00, no % → On budget (within the floor);
//     forecast £10,000.01 → Overspend
// The % divides by the budget's size, not its sign, so its sign is always the variance's.
//
// TOLERANCE: a line is "On budget" while |variance| ≤ the larger of `percent` of |current budget|
// and the absolute `floorPence`. Default ±2% with a £10,000 floor: 2% is Derbyshire's "Good" band
// (DESIGN.md ratings) and the floor keeps a small budget's few hundred pounds from reading as an
// overspend in a committee pack. With the defaults:
//   - current £5,000,000.00: tolerance £100,000.00; forecast £5,100,000.00 → On budget (exactly at)
//     and £5,100,000.01 → Overspend
//   - current £200,000.00: 2% is £4,000.00, the floor £10,000.00 wins; +£9,000.00 → On budget
// Compared in BigInt so the test is exact however large the budget (no float in the comparison).

export type VarianceWords = 'Overspend' | 'Underspend' | 'On budget';

export interface BudgetTolerance {
  /** Percent of |current budget|, e.g. 2 for ±2%; up to two decimal places (basis points). */
  percent: number;
  /** The smallest variance ever reported, in pence, e.g. 1,000,000 for £10,000. */
  floorPence: number;
}

export const DEFAULT_BUDGET_TOLERANCE: BudgetTolerance = { percent: 2, floorPence: 1_000_000 };

export interface Variance {
  variancePence: number;
  /** One decimal place, or null when the current budget is zero. */
  variancePercent: number | null;
  words: VarianceWords;
}

export interface BudgetFigures {
  currentBudgetPence: number;
  forecastOutturnPence: number;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** Whether a variance of `variancePence` on a budget of `currentPence` is within tolerance. */
export function withinTolerance(
  variancePence: number,
  currentPence: number,
  tolerance: BudgetTolerance,
): boolean {
  const v = abs(BigInt(variancePence));
  if (v <= BigInt(tolerance.floorPence)) return true;
  // |v| ≤ percent/100 × |current|  ⇔  |v| × 10,000 ≤ basis points × |current|
  const basisPoints = BigInt(Math.round(tolerance.percent * 100));
  return v * 10_000n <= basisPoints * abs(BigInt(currentPence));
}

export function varianceOf(
  figures: BudgetFigures,
  tolerance: BudgetTolerance = DEFAULT_BUDGET_TOLERANCE,
): Variance {
  const variancePence = figures.forecastOutturnPence - figures.currentBudgetPence;
  const base = Math.abs(figures.currentBudgetPence);
  // Rounded for display only; the words come from the exact comparison above.
  const variancePercent = base === 0 ? null : Math.round((variancePence / base) * 1000) / 10 || 0;
  const words: VarianceWords = withinTolerance(variancePence, figures.currentBudgetPence, tolerance)
    ? 'On budget'
    : variancePence > 0
      ? 'Overspend'
      : 'Underspend';
  return { variancePence, variancePercent, words };
}

/** Refuses a tolerance no council means: negative, over 100%, a fraction of a basis point. */
export function toleranceProblem(t: unknown): string | null {
  const o = t as Partial<BudgetTolerance> | null;
  if (!o || typeof o !== 'object') return 'must be { percent, floorPence }';
  if (typeof o.percent !== 'number' || !(o.percent >= 0 && o.percent <= 100))
    return 'percent must be a number from 0 to 100';
  if (Math.abs(Math.round(o.percent * 100) - o.percent * 100) > 1e-9)
    return 'percent may have at most two decimal places';
  if (!Number.isSafeInteger(o.floorPence) || (o.floorPence as number) < 0)
    return 'floorPence must be a whole number of pence, 0 or more';
  return null;
}
