// Domain fields → Graph fields. Every value is checked against its column before anything is
// sent, so a bad value is a ValidationError naming the field (as the embedded store reports it),
// never a half-finished batch. Fields the schema does not know are kept as JSON in GtExtra.
import { ValidationError } from '../../../domain/errors/errors.js';
import { toFieldsJson } from '../../sqlite/json-fields.js';
import { columnName, type FieldSpec, type ListSpec } from '../schema/index.js';
import { EXTRA_COLUMN } from '../schema/meta-columns.js';

export type GraphFields = Record<string, string | number | boolean | null>;

const MAX_TEXT = 255;
/**
 * SharePoint's most for a "Multiple lines of text" column in a list (the emulator holds to it,
 * test/graph-emulator/field-values.ts). Checked before sending, so an over-long note is a
 * ValidationError naming the field and nothing of the write is sent.
 */
export const MAX_NOTE = 63_999;

export function assertNoteLength(field: string, value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_NOTE) {
    throw new ValidationError(
      `must be at most ${MAX_NOTE} characters (SharePoint's limit for multiple lines of text); it has ${value.length}`,
      field,
    );
  }
}

/** Whole seconds, UTC: what a SharePoint dateTime column keeps. */
export function toColumnInstant(value: string): string {
  return new Date(Math.floor(Date.parse(value) / 1000) * 1000).toISOString();
}

function encodeValue(spec: FieldSpec, value: unknown): string | number | boolean | null {
  const refuse = (message: string) => new ValidationError(message, spec.field);
  if (value === null || value === undefined) return null;
  switch (spec.type) {
    case 'json': {
      const json = JSON.stringify(value);
      assertNoteLength(spec.field, json);
      return json;
    }
    case 'text':
    case 'isoDate':
    case 'note':
      if (typeof value !== 'string') throw refuse('must be text');
      if (spec.type !== 'note' && value.length > MAX_TEXT) {
        throw refuse(`must be at most ${MAX_TEXT} characters`);
      }
      if (spec.type === 'note') assertNoteLength(spec.field, value);
      if (spec.type === 'isoDate' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw refuse('must be a date, YYYY-MM-DD');
      }
      // SharePoint keeps empty text as no value; reading it back gives the field's empty value.
      return value === '' ? null : value;
    case 'number':
      if (typeof value !== 'number') throw refuse('must be a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw refuse('must be true or false');
      return value;
    case 'choice':
      if (typeof value !== 'string' || !spec.choices?.includes(value)) {
        throw refuse(`must be one of ${(spec.choices ?? []).join(', ')}`);
      }
      return value;
    case 'instant':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
        throw refuse('must be an ISO 8601 instant');
      }
      return toColumnInstant(value);
    default:
      throw refuse('has an unknown column type');
  }
}

export interface Encoded {
  columns: GraphFields;
  /** Fields outside the schema, to merge into GtExtra. */
  extra: Record<string, unknown>;
}

/** Checks and encodes `fields` (a whole item or a patch) for `spec`'s list. */
export function encodeFields(spec: ListSpec, fields: unknown, label = 'fields'): Encoded {
  toFieldsJson(fields, label);
  const byField = new Map(spec.fields.map((f) => [f.field, f]));
  const columns: GraphFields = {};
  const extra: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
    const column = byField.get(field);
    if (column) columns[columnName(field)] = encodeValue(column, value);
    else extra[field] = value;
  }
  return { columns, extra };
}

export function extraColumn(extra: Record<string, unknown>): GraphFields {
  return Object.keys(extra).length === 0 ? {} : { [EXTRA_COLUMN]: JSON.stringify(extra) };
}
