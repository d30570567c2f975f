// The verification fingerprint of one list: its item count and a SHA-256 over its items sorted by
// id, each item's fields in a canonical form. The canonical form is the meaning both stores can
// hold, so a faithful copy hashes the same on both sides:
// - object keys sorted at every depth (JSON key order carries no meaning);
// - a top-level field that is null, undefined or '' is left out, because SharePoint keeps empty
//   text as no value and reads it back as the field's empty value (mapping/encode.ts);
// - a top-level ISO 8601 instant is cut to whole seconds, the precision of a SharePoint dateTime
//   column (https://learn.microsoft.com/graph/api/resources/datetimecolumn keeps seconds).
import { createHash } from 'node:crypto';
import type { StoredItem } from '../../domain/ports/store.js';

export interface ListFingerprint {
  count: number;
  /** Hex SHA-256. */
  sha256: string;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z$/;

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The canonical text of one item's fields (see the rules above). */
export function canonicalFields(fields: unknown): string {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((fields ?? {}) as Record<string, unknown>)) {
    if (value === null || value === undefined || value === '') continue;
    const instant = typeof value === 'string' ? INSTANT.exec(value) : null;
    kept[key] = instant ? `${instant[1]}Z` : value;
  }
  return sortedJson(kept);
}

export function fingerprint(items: readonly StoredItem<unknown>[]): ListFingerprint {
  const hash = createHash('sha256');
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of sorted) hash.update(`${item.id}\n${canonicalFields(item.fields)}\n`);
  return { count: items.length, sha256: hash.digest('hex') };
}
