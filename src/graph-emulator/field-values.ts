// What a column accepts, as SharePoint stores it: single-line text up to 255 characters, empty
// text stored as no value, numbers as finite doubles, choices from the column's list, dateTime to
// the second in UTC. A value that does not fit is refused (400), never coerced.
// https://learn.microsoft.com/graph/api/resources/columndefinition
import { badRequest } from './errors.js';
import type { ColumnRecord } from './model.js';

const MAX_TEXT = 255;
const MAX_NOTE = 63_999;

/** The stored value (undefined = no value), or a 400 naming the column. */
export function storedValue(column: ColumnRecord, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const refuse = (why: string) => badRequest(`Field '${column.name}' ${why}`, 'invalidRequest');
  switch (column.kind) {
    case 'text':
    case 'note': {
      if (typeof value !== 'string') throw refuse('expects text');
      const max = column.kind === 'text' ? MAX_TEXT : MAX_NOTE;
      if (value.length > max) throw refuse(`is longer than ${max} characters`);
      return value === '' ? undefined : value;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse('expects a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw refuse('expects true or false');
      return value;
    case 'choice':
      if (typeof value !== 'string' || !column.choices.includes(value)) {
        throw refuse(`does not offer the choice ${JSON.stringify(value)}`);
      }
      return value;
    case 'dateTime': {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(ms)) throw refuse('expects an ISO 8601 date and time');
      return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    }
    default:
      throw refuse('has an unknown type');
  }
}

/** Equality as SharePoint compares a filter literal with a stored value. */
export function valueMatches(stored: unknown, literal: unknown): boolean {
  if (literal === null) return stored === undefined;
  if (typeof stored === 'boolean' && typeof literal === 'number') return Number(stored) === literal;
  return stored === literal;
}
