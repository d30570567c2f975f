// Graph list items → the port's StoredItem. An empty column reads back as the field's empty
// value (null, '' or false as the domain type has it); the ETag, in one spelling (etag.ts), is
// the version.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { StoredItem } from '../../../domain/ports/store.js';
import { AUDIT_LIST, columnName, type FieldSpec, type ListSpec } from '../schema/index.js';
import { normaliseEtag } from './etag.js';
import {
  CREATED_BY_COLUMN,
  EXTRA_COLUMN,
  ID_COLUMN,
  MODIFIED_BY_COLUMN,
} from '../schema/meta-columns.js';

export type Fields = Record<string, unknown>;

/** A Graph item as the store keeps it: its SharePoint id beside the domain item. */
export interface SpItem {
  spId: number;
  item: StoredItem<Fields>;
  /** The raw column values, to merge a patch into (see the write plan). */
  columns: Record<string, unknown>;
}

function decodeValue(spec: FieldSpec, value: unknown): unknown {
  if (value === undefined || value === null) return spec.empty ?? null;
  switch (spec.type) {
    case 'json':
      return JSON.parse(String(value)) as unknown;
    case 'instant':
      return new Date(String(value)).toISOString();
    default:
      return value;
  }
}

export function decodeFields(spec: ListSpec, columns: Record<string, unknown>): Fields {
  const fields: Fields = {};
  for (const field of spec.fields)
    fields[field.field] = decodeValue(field, columns[columnName(field.field)]);
  const extra = columns[EXTRA_COLUMN];
  if (typeof extra === 'string') Object.assign(fields, JSON.parse(extra) as Fields);
  return fields;
}

const instant = (value: unknown): string => new Date(String(value)).toISOString();

/**
 * Whether an item (with its fields) is one the store wrote: entity lists carry the domain id in
 * GtId; the audit list has no meta columns and is keyed by SharePoint id.
 */
export function hasDomainId(spec: ListSpec, graph: ListItem): boolean {
  if (spec.key === AUDIT_LIST.key) return true;
  const id = (graph.fields as Record<string, unknown> | undefined)?.[ID_COLUMN];
  return typeof id === 'string' && id !== '';
}

export function decodeItem(spec: ListSpec, graph: ListItem): SpItem {
  if (!graph.fields) {
    throw new Error(`${spec.title} item ${String(graph.id)} came from Graph without its fields`);
  }
  if (!hasDomainId(spec, graph)) {
    throw new Error(`${spec.title} item ${String(graph.id)} has no ${ID_COLUMN}`);
  }
  const columns = graph.fields as Record<string, unknown>;
  return {
    spId: Number(graph.id),
    columns,
    item: {
      id: String(columns[ID_COLUMN] ?? graph.id),
      version: normaliseEtag(graph.eTag),
      fields: decodeFields(spec, columns),
      createdAt: instant(graph.createdDateTime),
      createdBy: String(columns[CREATED_BY_COLUMN] ?? ''),
      modifiedAt: instant(graph.lastModifiedDateTime),
      modifiedBy: String(columns[MODIFIED_BY_COLUMN] ?? ''),
    },
  };
}

/**
 * The item as a snapshot keeps it: without the list's read-on-demand fields (null in `fields`,
 * absent from `columns`), so they take no memory there.
 */
export function slimmed(spec: ListSpec, item: SpItem): SpItem {
  const lazy = spec.readOnDemand;
  if (!lazy?.length) return item;
  const columns = { ...item.columns };
  const fields = { ...item.item.fields };
  for (const field of lazy) {
    delete columns[columnName(field)];
    fields[field] = null;
  }
  return { ...item, columns, item: { ...item.item, fields } };
}

/** The $select for an item read: only the columns the mapper uses, none read on demand. */
export function selectFor(spec: ListSpec): string {
  const columns = [ID_COLUMN, CREATED_BY_COLUMN, MODIFIED_BY_COLUMN, EXTRA_COLUMN];
  for (const field of spec.fields)
    if (!spec.readOnDemand?.includes(field.field)) columns.push(columnName(field.field));
  return `$select=id,eTag,createdDateTime,lastModifiedDateTime&$expand=fields($select=${[...new Set(columns)].join(',')})`;
}
