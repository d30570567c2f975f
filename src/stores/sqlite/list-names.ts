import { ValidationError } from '../../domain/errors/errors.js';
import { LIST_NAMES, type ListName } from '../../domain/ports/store.js';

const KNOWN = new Set<string>(LIST_NAMES);

/** List names reach SQL as table names, so only the fixed set from the port is let through. */
export function assertListName(list: unknown): asserts list is ListName {
  if (typeof list !== 'string' || !KNOWN.has(list)) {
    throw new ValidationError(`unknown list ${JSON.stringify(list)}`, 'list');
  }
}

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Field names are spliced into JSON paths (so expression indexes match): identifiers only. */
export function assertFieldName(field: string, label: string): void {
  if (!FIELD_NAME.test(field)) {
    throw new ValidationError(`not a field name: ${JSON.stringify(field)}`, label);
  }
}
