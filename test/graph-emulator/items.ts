// List items: create, read, update (fields), delete, and the filtered, paged collection read.
// - Item shape (id, eTag, createdDateTime, createdBy, fields with @odata.etag):
//   https://learn.microsoft.com/graph/api/resources/listitem ; ETag spellings per endpoint: model.ts
// - If-Match on update and delete, 412 on a stale ETag:
//   https://learn.microsoft.com/graph/api/listitem-update , https://learn.microsoft.com/graph/api/listitem-delete
// - Filters on non-indexed columns are refused unless the request sends
//   `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`:
//   https://learn.microsoft.com/graph/api/listitem-list (the $filter notes)
// - The list view threshold (5,000 items) refuses queries that would scan more:
//   https://learn.microsoft.com/troubleshoot/sharepoint/lists-and-libraries/items-exceeds-list-view-threshold
// - Paging with @odata.nextLink: https://learn.microsoft.com/graph/paging
import { randomUUID } from 'node:crypto';
import { badRequest, GraphHttpError, notFound } from './errors.js';
import {
  READ_ONLY_FIELDS,
  shownValue,
  storedValue,
  systemFields,
  valueMatches,
} from './field-values.js';
import { deltaEtagOf, etagMatches, etagOf, type ItemRecord, type ListRecord } from './model.js';
import type { ItemQuery } from './odata.js';

export const LIST_VIEW_THRESHOLD = 5000;
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 999;
const APP = { application: { id: 'golden-thread-app', displayName: 'Golden Thread' } };

export interface ItemContext {
  siteId: string;
  list: ListRecord;
  now: () => Date;
}

function instant(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The item's fieldValueSet: its columns, then SharePoint's own (see field-values.ts). */
export function fieldsOf(
  list: ListRecord,
  item: ItemRecord,
  select: string[] | null,
): Record<string, unknown> {
  const own: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item.fields)) {
    own[name] = shownValue(list.columns.get(name), value);
  }
  const all: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    ...own,
    ...systemFields({ ...item, title: own.Title }),
  };
  if (!select) return all;
  const picked: Record<string, unknown> = { '@odata.etag': all['@odata.etag'] };
  for (const name of select) if (all[name] !== undefined) picked[name] = all[name];
  return picked;
}

export function itemShape(
  ctx: ItemContext,
  item: ItemRecord,
  query?: ItemQuery,
  fromDelta = false,
): object {
  const etag = fromDelta ? deltaEtagOf(item) : etagOf(item);
  const shape: Record<string, unknown> = {
    '@odata.etag': etag,
    id: String(item.id),
    eTag: etag,
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    createdBy: APP,
    lastModifiedBy: APP,
    parentReference: { id: ctx.list.id, siteId: ctx.siteId },
    contentType: { id: '0x0100', name: 'Item' },
    webUrl: `https://contoso.sharepoint.com/Lists/${ctx.list.name}/DispForm.aspx?ID=${item.id}`,
  };
  if (query?.select) {
    for (const key of Object.keys(shape)) {
      if (key !== '@odata.etag' && !query.select.includes(key)) delete shape[key];
    }
  }
  if (query?.expandFields) shape.fields = fieldsOf(ctx.list, item, query.fieldSelect);
  return shape;
}

/** Validates a fields object against the list's columns; returns the values to store. */
function storedFields(list: ListRecord, fields: unknown): Record<string, unknown> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw badRequest('The request body must carry a fields object');
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    // Instance annotations (`@odata.etag`, `Col@odata.type`) describe a value; they are not one.
    if (name.includes('@')) continue;
    const column = list.columns.get(name);
    if (READ_ONLY_FIELDS.has(name) || column?.readOnly) {
      throw badRequest(`Field '${name}' is read-only`, 'invalidRequest');
    }
    if (!column) throw badRequest(`Field '${name}' is not recognized`, 'invalidRequest');
    out[name] = storedValue(column, value);
  }
  return out;
}

function assertUnique(list: ListRecord, fields: Record<string, unknown>, selfId?: number): void {
  for (const column of list.columns.values()) {
    const value = fields[column.name];
    if (!column.enforceUniqueValues || value === undefined) continue;
    for (const other of list.items.values()) {
      if (other.id !== selfId && other.fields[column.name] === value) {
        throw new GraphHttpError(
          409,
          'nameAlreadyExists',
          `The value of field '${column.name}' must be unique in this list`,
        );
      }
    }
  }
}

function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

export function createItem(ctx: ItemContext, body: unknown): ItemRecord {
  const fields = compact(storedFields(ctx.list, (body as { fields?: unknown })?.fields));
  assertUnique(ctx.list, fields);
  const at = instant(ctx.now());
  const list = ctx.list;
  const item: ItemRecord = {
    id: list.nextItemId++,
    guid: randomUUID(),
    version: 1,
    fields,
    created: at,
    modified: at,
    changeSeq: ++list.changeSeq,
  };
  list.items.set(item.id, item);
  return item;
}

export function findItem(list: ListRecord, id: string): ItemRecord {
  const item = /^\d+$/.test(id) ? list.items.get(Number(id)) : undefined;
  if (!item) throw notFound(`Item ${id} was not found in the list`);
  return item;
}

/** If-Match: `*` or the item's current ETag (in either spelling Graph hands out); else 412. */
export function assertIfMatch(item: ItemRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch === '*') return;
  if (!etagMatches(item, ifMatch)) {
    throw new GraphHttpError(412, 'preconditionFailed', 'The ETag does not match the item');
  }
}

export function updateFields(
  ctx: ItemContext,
  id: string,
  body: unknown,
  ifMatch: string | undefined,
): ItemRecord {
  const item = findItem(ctx.list, id);
  assertIfMatch(item, ifMatch);
  const patch = storedFields(ctx.list, body);
  const merged = compact({ ...item.fields, ...patch });
  assertUnique(ctx.list, merged, item.id);
  item.fields = merged;
  item.version += 1;
  item.modified = instant(ctx.now());
  item.changeSeq = ++ctx.list.changeSeq;
  return item;
}

export function deleteItem(ctx: ItemContext, id: string, ifMatch: string | undefined): void {
  const item = findItem(ctx.list, id);
  assertIfMatch(item, ifMatch);
  ctx.list.items.delete(item.id);
  ctx.list.tombstones.push({ id: item.id, seq: ++ctx.list.changeSeq });
}

function thresholdError(): GraphHttpError {
  return new GraphHttpError(
    400,
    'invalidRequest',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  );
}

/** The matching items in order, enforcing the index and threshold rules. */
export function queryItems(list: ListRecord, query: ItemQuery, prefer: string): ItemRecord[] {
  const honourNonIndexed = /HonorNonIndexedQueriesWarningMayFailRandomly/i.test(prefer);
  const large = list.items.size > LIST_VIEW_THRESHOLD;
  let indexedTerms = 0;
  for (const term of query.filter) {
    const column = list.columns.get(term.column);
    if (!column) throw badRequest(`Field '${term.column}' is not recognized`, 'invalidRequest');
    if (column.indexed) {
      indexedTerms += 1;
      continue;
    }
    if (!honourNonIndexed) {
      throw badRequest(
        `Field '${term.column}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        'invalidRequest',
      );
    }
    if (large) throw thresholdError();
  }
  let items = [...list.items.values()];
  if (large && indexedTerms > 0) {
    const first = query.filter.find((t) => list.columns.get(t.column)?.indexed)!;
    const candidates = items.filter((i) => valueMatches(i.fields[first.column], first.value));
    if (candidates.length > LIST_VIEW_THRESHOLD) throw thresholdError();
  }
  items = items.filter((item) =>
    query.filter.every((t) => valueMatches(item.fields[t.column], t.value)),
  );
  const order = query.orderBy;
  if (order && order.column !== 'id') {
    const column = list.columns.get(order.column);
    if (!column) throw badRequest(`Field '${order.column}' is not recognized`, 'invalidRequest');
    if (large && !column.indexed) throw thresholdError();
    const key = (i: ItemRecord) => i.fields[order.column];
    items.sort((a, b) => compare(key(a), key(b)) || a.id - b.id);
  } else {
    items.sort((a, b) => a.id - b.id);
  }
  if (order?.descending) items.reverse();
  return items;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

export function pageSize(query: ItemQuery): number {
  return Math.min(query.top ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}
