// What a set of breakdown values must be before it is kept, whichever channel it came through (the
// tab's form, the API, the history CSV): a named breakdown (`Ward`, `Age band`) and one value per
// key, each a figure possible for the indicator's unit or none at all (a small number suppressed
// for disclosure), with an optional numerator and denominator. By area when every key is a GSS
// code (E05012345), else by community group: the key says which, so nobody has to.
import type { FieldProblem } from '../errors/errors.js';
import type { BreakdownDimension, BreakdownValue, UnitKind } from '../model/types.js';
import { impossibleForUnit, tooLong } from '../values/index.js';
import { GSS_CODE, MAX_AREAS } from './boundary-geojson.js';

export const MAX_BREAKDOWN_NAME = 60;
export const MAX_BREAKDOWN_KEY = 100;
export const MAX_BREAKDOWN_LABEL = 255;

export interface BreakdownEntryValue {
  key: string;
  /** What people read; absent: the area's name from its boundary, else the key. */
  label?: string | null;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export type BreakdownFields = Pick<
  BreakdownValue,
  'dimension' | 'breakdown' | 'key' | 'label' | 'value' | 'numerator' | 'denominator'
>;

export function dimensionOf(keys: readonly string[]): BreakdownDimension {
  return keys.length > 0 && keys.every((k) => GSS_CODE.test(k)) ? 'area' : 'community';
}

/** Why `n` cannot be a numerator or denominator, or null. */
function countProblem(n: number | null | undefined, denominator: boolean): string | null {
  if (n === null || n === undefined) return null;
  if (!Number.isFinite(n)) return 'must be a finite number';
  if (n < 0) return 'cannot be negative';
  return denominator && n === 0 ? 'cannot be zero' : null;
}

/** Every problem with one breakdown, each naming its field (`values[2].value`). */
export function breakdownProblems(
  breakdown: string,
  values: readonly BreakdownEntryValue[],
  unit: UnitKind,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  if (breakdown.trim() === '') add('breakdown', 'is required, e.g. Ward or Age band');
  add('breakdown', tooLong(breakdown, MAX_BREAKDOWN_NAME));
  if (values.length === 0) add('values', 'give at least one value');
  if (values.length > MAX_AREAS) add('values', `at most ${MAX_AREAS} values make one breakdown`);
  const seen = new Map<string, number>();
  for (const [i, v] of values.entries()) {
    const at = `values[${i}]`;
    const key = v.key.trim();
    if (key === '') add(`${at}.key`, 'is required: a GSS code or a group label');
    add(`${at}.key`, tooLong(key, MAX_BREAKDOWN_KEY));
    const earlier = seen.get(key.toUpperCase());
    if (key !== '' && earlier !== undefined)
      add(`${at}.key`, `${key} is already values[${earlier}]`);
    seen.set(key.toUpperCase(), i);
    if (v.label) add(`${at}.label`, tooLong(v.label, MAX_BREAKDOWN_LABEL));
    if (v.value !== null) add(`${at}.value`, impossibleForUnit(v.value, unit));
    add(`${at}.numerator`, countProblem(v.numerator, false));
    add(`${at}.denominator`, countProblem(v.denominator, true));
  }
  return problems;
}

/** The values as kept: keys trimmed, labels given or found, by area or community group. */
export function breakdownFields(
  breakdown: string,
  values: readonly BreakdownEntryValue[],
  areaName: (code: string) => string | undefined,
): BreakdownFields[] {
  const dimension = dimensionOf(values.map((v) => v.key.trim()));
  return values.map((v) => {
    const key = v.key.trim();
    const label =
      v.label?.trim() || (dimension === 'area' ? (areaName(key.toUpperCase()) ?? key) : key);
    return {
      dimension,
      breakdown: breakdown.trim(),
      key: dimension === 'area' ? key.toUpperCase() : key,
      label,
      value: v.value,
      numerator: v.numerator ?? null,
      denominator: v.denominator ?? null,
    };
  });
}
