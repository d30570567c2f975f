// Field values must round-trip through JSON unchanged: SQLite stores them as JSON text, and
// SharePoint columns hold nothing richer. NaN and Infinity would silently become null.
import { ValidationError, type FieldProblem } from '../../domain/errors/errors.js';

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function problemWith(value: unknown, path: string, seen: Set<object>): FieldProblem | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? null
      : { field: path, message: `${String(value)} is not a finite number` };
  }
  if (typeof value !== 'object') {
    return { field: path, message: `a ${typeof value} cannot be stored as JSON` };
  }
  if (seen.has(value)) return { field: path, message: 'refers back to itself' };
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const problem = problemWith(value[i], `${path}[${i}]`, seen);
        if (problem) return problem;
      }
      return null;
    }
    if (!isPlainObject(value)) {
      return { field: path, message: 'only plain objects, arrays and scalars can be stored' };
    }
    for (const [key, inner] of Object.entries(value)) {
      const problem = problemWith(inner, `${path}.${key}`, seen);
      if (problem) return problem;
    }
    return null;
  } finally {
    seen.delete(value);
  }
}

/**
 * Throws ValidationError naming the first field (e.g. `value`, `benchmarks[0].value`) whose value
 * is not plain JSON; returns the JSON text otherwise.
 */
export function toFieldsJson(fields: unknown, label = 'fields'): string {
  if (
    typeof fields !== 'object' ||
    fields === null ||
    Array.isArray(fields) ||
    !isPlainObject(fields)
  ) {
    throw new ValidationError('must be an object of field values', label);
  }
  for (const [key, value] of Object.entries(fields)) {
    const problem = problemWith(value, key, new Set([fields]));
    if (problem) throw new ValidationError([problem]);
  }
  return JSON.stringify(fields);
}
