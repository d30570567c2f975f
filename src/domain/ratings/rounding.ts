import { ValidationError } from '../errors/errors.js';

/** The most decimal places an indicator may be shown and rated at. */
export const MAX_DECIMALS = 10;

/**
 * Tolerance for comparing relative differences with a boundary (5%, 2%, 10%, RAG tolerances), so
 * that binary floating point (84.01 − 80 = 4.010000000000005) never moves a figure across one.
 */
export const BOUNDARY_TOLERANCE = 1e-9;

/** Throws a ValidationError unless `decimals` is a whole number of places between 0 and 10. */
export function assertDecimals(decimals: number, field = 'decimals'): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new ValidationError(
      `must be a whole number of decimal places from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`,
      field,
    );
  }
}

/** Throws a ValidationError unless `value` is a finite number. */
export function assertFinite(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValidationError(`must be a finite number, got ${String(value)}`, field);
  }
}

/**
 * Rounds half away from zero at `decimals` places, as a council report shows the figure.
 * `toPrecision(15)` first removes binary noise so that 1.005 rounds to 1.01, not 1.00.
 */
export function roundTo(value: number, decimals: number): number {
  assertFinite(value, 'value');
  assertDecimals(decimals);
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  // Avoid returning -0, which prints oddly and compares unequal with Object.is.
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
