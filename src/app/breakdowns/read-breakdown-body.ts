// The breakdown entry's body, read field by field after the person's role has been checked (so a
// stranger is told 403 before anything about input), each problem naming its field.
import { ValidationError, type FieldProblem } from '../../domain/errors/errors.js';
import type { BreakdownEntryValue } from '../../domain/breakdowns/index.js';

export interface BreakdownBody {
  breakdown: string;
  values: BreakdownEntryValue[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readBreakdownBody(body: unknown): BreakdownBody {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!isObject(body)) throw new ValidationError('must be an object', 'body');
  if (typeof body.breakdown !== 'string') add('breakdown', 'must be text, e.g. Ward or Age band');
  if (!Array.isArray(body.values)) add('values', 'must be a list of { key, value } entries');
  const values: BreakdownEntryValue[] = [];
  for (const [i, raw] of (Array.isArray(body.values) ? body.values : []).entries()) {
    const at = `values[${i}]`;
    if (!isObject(raw)) {
      add(at, 'must be an object with a key and a value');
      continue;
    }
    const numberOrNull = (field: 'value' | 'numerator' | 'denominator', required: boolean) => {
      const v = raw[field];
      if (v === null || (v === undefined && !required)) return null;
      if (typeof v === 'number') return v;
      add(
        `${at}.${field}`,
        required ? 'must be a number, or null when suppressed' : 'must be a number',
      );
      return null;
    };
    if (typeof raw.key !== 'string') add(`${at}.key`, 'must be text: a GSS code or a group label');
    if (raw.label !== undefined && raw.label !== null && typeof raw.label !== 'string')
      add(`${at}.label`, 'must be text');
    values.push({
      key: typeof raw.key === 'string' ? raw.key : '',
      label: typeof raw.label === 'string' ? raw.label : null,
      value: numberOrNull('value', true),
      numerator: numberOrNull('numerator', false),
      denominator: numberOrNull('denominator', false),
    });
  }
  if (problems.length) throw new ValidationError(problems);
  return { breakdown: body.breakdown as string, values };
}
