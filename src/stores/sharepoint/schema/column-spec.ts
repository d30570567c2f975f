// How a domain field becomes a SharePoint column. Graph types and column names stay inside this
// adapter (STYLE.md); the domain only sees field names.
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';

/**
 * - text: single line (≤ 255 characters; the only text SharePoint can index);
 * - note: multiple lines; json: a note holding JSON (objects, arrays, mixed values);
 * - isoDate: a calendar date kept as `YYYY-MM-DD` text, because a date-only dateTime column is
 *   stored in the site's time zone and comes back through Graph shifted into UTC;
 * - instant: a dateTime column (whole seconds, UTC).
 */
export type ColumnType =
  'text' | 'note' | 'json' | 'number' | 'boolean' | 'choice' | 'isoDate' | 'instant';

export interface FieldSpec {
  field: string;
  type: ColumnType;
  choices?: readonly string[];
  /** The app filters on it: SharePoint must index it (listitem-list refuses other filters). */
  indexed?: boolean;
  /** What an empty column reads back as; `null` unless the domain type says otherwise. */
  empty?: '' | false | null;
  /** The schema version that added the column. */
  since?: number;
  display?: string;
  unique?: boolean;
}

export interface ListSpec {
  key: string;
  /** The list's display name on the site. */
  title: string;
  fields: readonly FieldSpec[];
  /**
   * Fields read on demand, never kept in the store's snapshot of the list: the audit's before and
   * after copies are most of its size, grow with every write, and are read only for the few
   * entries a query returns (store/audit-entries.ts).
   */
  readOnDemand?: readonly string[];
}

/** Internal names carry a prefix so they never clash with SharePoint's own (Order, Title, …). */
export function columnName(field: string): string {
  return `Gt${field.charAt(0).toUpperCase()}${field.slice(1)}`;
}

function humanise(field: string): string {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The Graph columnDefinition that creates the column. */
export function columnDefinition(spec: FieldSpec): ColumnDefinition {
  const base: ColumnDefinition = {
    name: columnName(spec.field),
    displayName: spec.display ?? humanise(spec.field),
    indexed: spec.indexed === true,
    // The domain id must be unique; SharePoint enforces that only on an indexed column.
    ...(spec.unique ? { enforceUniqueValues: true } : {}),
  };
  switch (spec.type) {
    case 'text':
    case 'isoDate':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
    case 'json':
      // Plain: a rich-text column hands text back wrapped in HTML, which would break JSON and
      // show markup in commentary (https://learn.microsoft.com/graph/api/resources/textcolumn).
      return { ...base, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { ...base, number: {} };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'choice':
      return { ...base, choice: { choices: [...(spec.choices ?? [])], allowTextEntry: false } };
    case 'instant':
      return { ...base, dateTime: { format: 'dateTime' } };
    default:
      throw new Error(`unknown column type ${String(spec.type)}`);
  }
}
