// Profiling an annual target across a year's periods, for seasonality (DESIGN.md, Targets).
import { ValidationError } from '../errors/errors.js';
import type { YtdMethod } from '../model/types.js';
import { assertDecimals, assertFinite, roundTo } from '../ratings/index.js';
import { allocateUnits } from './largest-remainder.js';

/**
 * The target for each period of the year, keyed by period key in the order given.
 *
 * - `sum` (a count or spend over the year): the annual target split across the periods in
 *   proportion to `weights` (default equal), at `decimals` places, so that the parts add up
 *   exactly to the annual rounded to `decimals` (largest remainder; see largest-remainder.ts).
 *   1,200 over 4 quarters weighted [1, 2, 3, 4] → 120, 240, 360, 480.
 * - `average` / `latest` (a rate or percentage): every period's target is the annual, or, with
 *   `weights`, the annual times that period's multiplier (a seasonal profile such as
 *   [1.05, 1.0, 0.95, …]), rounded to `decimals`.
 */
export function profileTargets(
  annual: number,
  periodKeys: readonly string[],
  method: YtdMethod,
  weights?: readonly number[],
  decimals = 2,
): Record<string, number> {
  validate(annual, periodKeys, weights, decimals);
  const values =
    method === 'sum'
      ? splitSum(annual, periodKeys.length, weights, decimals)
      : scale(annual, periodKeys.length, weights, decimals);
  const profile: Record<string, number> = {};
  periodKeys.forEach((key, i) => {
    profile[key] = values[i] ?? 0;
  });
  return profile;
}

function splitSum(
  annual: number,
  count: number,
  weights: readonly number[] | undefined,
  decimals: number,
): number[] {
  const factor = 10 ** decimals;
  const units = Math.round(roundTo(annual, decimals) * factor);
  if (!Number.isSafeInteger(units)) {
    throw new ValidationError(`is too large to split at ${decimals} decimal places`, 'annual');
  }
  const w = weights ?? new Array<number>(count).fill(1);
  if (w.reduce((acc, x) => acc + x, 0) <= 0) {
    throw new ValidationError('must include at least one weight above 0 to split a sum', 'weights');
  }
  return allocateUnits(units, w).map((part) => part / factor);
}

function scale(
  annual: number,
  count: number,
  weights: readonly number[] | undefined,
  decimals: number,
): number[] {
  return Array.from({ length: count }, (_, i) => roundTo(annual * (weights?.[i] ?? 1), decimals));
}

function validate(
  annual: number,
  periodKeys: readonly string[],
  weights: readonly number[] | undefined,
  decimals: number,
): void {
  assertFinite(annual, 'annual');
  assertDecimals(decimals);
  if (periodKeys.length === 0)
    throw new ValidationError('must name at least one period', 'periodKeys');
  periodKeys.forEach((key, i) => {
    if (typeof key !== 'string' || key.trim() === '') {
      throw new ValidationError('must be a non-empty period key', `periodKeys[${i}]`);
    }
    if (periodKeys.indexOf(key) !== i) {
      throw new ValidationError(`repeats period ${key}`, `periodKeys[${i}]`);
    }
  });
  if (weights === undefined) return;
  if (weights.length !== periodKeys.length) {
    throw new ValidationError(
      `must give one weight per period: ${periodKeys.length} periods, ${weights.length} weights`,
      'weights',
    );
  }
  weights.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new ValidationError(
        `must be a finite number of 0 or more, got ${String(w)}`,
        `weights[${i}]`,
      );
    }
  });
}
