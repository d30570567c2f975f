// Reading what people type for a spot-check draw (tab, API, CLI alike): the quarter, how many, and
// the reason for a redraw. Each mistake names its field; nothing is trusted.
import { ValidationError } from '../../domain/errors/errors.js';
import { tryParsePeriod, type Period } from '../../domain/periods/index.js';

/** Enough for any council's quarter; more would not be a spot check. */
export const MAX_SPOT_CHECKS = 50;
export const MAX_TEXT = 2000;

export function parseQuarter(value: unknown, field = 'period'): Period {
  const period = typeof value === 'string' ? tryParsePeriod(value) : null;
  if (!period || period.kind !== 'quarter') {
    throw new ValidationError(
      `must be a quarter such as "2025/26 Q1" or "Q1 2025/26", not ${JSON.stringify(value ?? '')}`,
      field,
    );
  }
  return period;
}

export function parseCount(value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_SPOT_CHECKS) {
    throw new ValidationError(
      `must be a whole number from 1 to ${MAX_SPOT_CHECKS}, not ${JSON.stringify(value)}`,
      'count',
    );
  }
  return n;
}

/**
 * Free text of at most MAX_TEXT characters, trimmed; a `required` message refuses an empty one
 * with those words (what the person must say).
 */
export function parseText(value: unknown, field: string, required: string | null): string {
  if (value === undefined || value === null) value = '';
  if (typeof value !== 'string') throw new ValidationError('must be text', field);
  const text = value.trim();
  if (required !== null && text === '') throw new ValidationError(required, field);
  if (text.length > MAX_TEXT) {
    throw new ValidationError(`must be at most ${MAX_TEXT} characters`, field);
  }
  return text;
}
