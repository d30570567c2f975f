// THE RULE: the default four-level scheme, from the Derbyshire rating table (DESIGN.md, Ratings).
//
// 1. Work at the indicator's decimal places: value and target are rounded to `decimals` first
//    (done by rateValue before it calls this file).
// 2. d = (value − target) / |target| when higher is better, (target − value) / |target| when lower
//    is better; positive d means better than target. Boundaries are compared with a tolerance of
//    1e-9 so that floating point never moves a figure across one.
// 3. Strong: d > +5%; or "100% performance" (unit percentage and value 100 when higher is better,
//    or value 0 when lower is better). When the target is a percentage above 95 (unit percentage,
//    target > 95) Strong needs only d > +2%.
//    Good:   −2% ≤ d ≤ +5% (≤ +2% for targets above 95%). Exactly 5% better and exactly 2% worse
//            are Good.
//    Review: −10% ≤ d < −2%. Exactly 10% worse is Review.
//    Action: d < −10%.
// 4. Target 0 (d undefined): equal to the target → Good (Strong by the 100%-performance rule);
//    better than 0 → Strong; worse → Action; relativeDifference is null.
//
// Worked examples (all covered by four-level.test.ts):
//   higher is better, target 80:   84.01 → Strong (d = +5.01%)   84 → Good (exactly +5%)
//                                  78.4 → Good (exactly −2%)     78.39 → Review (−2.01%)
//                                  72 → Review (exactly −10%)    71.99 → Action (−10.01%)
//   lower is better, target 10 days (2 dp): 9.4 → Strong   9.5 → Good   10.2 → Good
//                                  10.21 → Review   11 → Review   11.01 → Action
//   percentage, target 97:         99 → Strong (+2.06%)  98.9 → Good (+1.96%)  100 → Strong
//   target 80, 1 dp:               78.396 rounds to 78.4 → Good
import type { UnitKind } from '../model/types.js';
import { betterSign, relativeDifference } from './relative-difference.js';
import { BOUNDARY_TOLERANCE } from './rounding.js';

export type FourLevel = 'strong' | 'good' | 'review' | 'action';

export interface LevelResult<L> {
  level: L;
  relativeDifference: number | null;
}

const STRONG_ABOVE = 0.05;
/** Targets above 95% leave little headroom, so Strong needs only 2% better. */
const STRONG_ABOVE_HIGH_PERCENTAGE = 0.02;
const HIGH_PERCENTAGE_TARGET = 95;
const GOOD_DOWN_TO = -0.02;
const REVIEW_DOWN_TO = -0.1;

/** "100% performance": every case met (100%) or, when lower is better, none failed (0%). */
export function isFullPerformance(
  value: number,
  polarity: 'higher' | 'lower',
  unit: UnitKind,
): boolean {
  if (unit !== 'percentage') return false;
  return polarity === 'higher' ? value === 100 : value === 0;
}

/** Rates an already-rounded value against an already-rounded target on the four-level scheme. */
export function rateFourLevel(
  value: number,
  target: number,
  polarity: 'higher' | 'lower',
  unit: UnitKind,
): LevelResult<FourLevel> {
  const full = isFullPerformance(value, polarity, unit);
  if (target === 0) {
    const sign = betterSign(value, target, polarity);
    const level: FourLevel =
      sign > 0 || (sign === 0 && full) ? 'strong' : sign === 0 ? 'good' : 'action';
    return { level, relativeDifference: null };
  }
  const d = relativeDifference(value, target, polarity);
  return {
    level: full ? 'strong' : levelForDifference(d, strongThreshold(target, unit)),
    relativeDifference: d,
  };
}

function strongThreshold(target: number, unit: UnitKind): number {
  return unit === 'percentage' && target > HIGH_PERCENTAGE_TARGET
    ? STRONG_ABOVE_HIGH_PERCENTAGE
    : STRONG_ABOVE;
}

function levelForDifference(d: number, strongAbove: number): FourLevel {
  if (d > strongAbove + BOUNDARY_TOLERANCE) return 'strong';
  if (d >= GOOD_DOWN_TO - BOUNDARY_TOLERANCE) return 'good';
  if (d >= REVIEW_DOWN_TO - BOUNDARY_TOLERANCE) return 'review';
  return 'action';
}
