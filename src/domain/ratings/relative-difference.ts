import { ValidationError } from '../errors/errors.js';
import { assertFinite } from './rounding.js';

/**
 * Signed relative difference from target, positive when the value is better than the target:
 * (value − target) / |target| when higher is better, (target − value) / |target| when lower is.
 * Dividing by |target| keeps the sign meaning "better" even for a negative target.
 */
export function relativeDifference(
  value: number,
  target: number,
  polarity: 'higher' | 'lower',
): number {
  assertFinite(value, 'value');
  assertFinite(target, 'target');
  if (target === 0) {
    throw new ValidationError('relative difference is undefined for a target of 0', 'target');
  }
  const gap = polarity === 'higher' ? value - target : target - value;
  return gap / Math.abs(target);
}

/** +1 when `value` is better than `reference` for the polarity, −1 when worse, 0 when equal. */
export function betterSign(
  value: number,
  reference: number,
  polarity: 'higher' | 'lower',
): -1 | 0 | 1 {
  if (value === reference) return 0;
  const higherIsBetter = value > reference ? 1 : -1;
  return polarity === 'higher' ? higherIsBetter : higherIsBetter === 1 ? -1 : 1;
}
