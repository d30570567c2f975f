// What a figure may be for its unit. A percentage of 140 or a negative count cannot be right, so it
// is refused before the workflow sees it (foundation issue, "Bad input and faults").
import { ValidationError } from '../errors/errors.js';
import type { UnitKind } from '../model/types.js';

/** Why `value` is impossible for `unit`, or null when it is possible. */
export function impossibleForUnit(value: number, unit: UnitKind): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  switch (unit) {
    case 'percentage':
      return value < 0 || value > 100 ? 'a percentage must be between 0 and 100' : null;
    case 'count':
      if (value < 0) return 'a count cannot be negative';
      return Number.isInteger(value) ? null : 'a count must be a whole number';
    case 'days':
      return value < 0 ? 'a number of days cannot be negative' : null;
    case 'currency':
      return value < 0 ? 'an amount of money cannot be negative here' : null;
    case 'rate':
      return value < 0 ? 'a rate cannot be negative' : null;
    case 'number':
      return null;
  }
}

/** Throws a ValidationError naming `field` when the value cannot be right for the unit. */
export function assertPossibleValue(value: number, unit: UnitKind, field = 'value'): void {
  const problem = impossibleForUnit(value, unit);
  if (problem) throw new ValidationError(`${problem} (got ${String(value)})`, field);
}

export { roundTo } from '../ratings/rounding.js';
