// The emulator's in-memory tenant: sites, lists, columns and items, shaped after the Graph
// resources it serves (site, list, columnDefinition, listItem). Plain data; the route handlers
// in the other files enforce Graph's rules on it.
import { randomUUID } from 'node:crypto';

/** The column kinds the emulator understands, after columnDefinition's facets. */
export type ColumnKind = 'text' | 'note' | 'number' | 'boolean' | 'dateTime' | 'choice';

export interface ColumnRecord {
  id: string;
  name: string;
  displayName: string;
  kind: ColumnKind;
  choices: string[];
  indexed: boolean;
  enforceUniqueValues: boolean;
  readOnly: boolean;
  /** A multi-line column's textType: rich text comes back wrapped in HTML (see field-values.ts). */
  richText: boolean;
}

export interface ItemRecord {
  id: number;
  guid: string;
  /** The N of the `"{guid},N"` ETag: bumped on every write. */
  version: number;
  fields: Record<string, unknown>;
  created: string;
  modified: string;
  /** Position in the list's change feed (delta). */
  changeSeq: number;
}

export interface ListRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  created: string;
  columns: Map<string, ColumnRecord>;
  items: Map<number, ItemRecord>;
  nextItemId: number;
  changeSeq: number;
  /** Deleted items, so a delta round can report them. */
  tombstones: { id: number; seq: number }[];
  /** Delta tokens issued before this epoch are expired (410 Gone); see delta.ts. */
  deltaEpoch: number;
  /** The resync code the 410 names, set with the expiry. */
  resyncCode: ResyncCode;
  /** SharePoint list views (only reachable through SharePoint REST, see sharepoint-rest.ts). */
  views: ViewRecord[];
}

/** The two resync codes listItem delta documents for a 410 Gone. */
export type ResyncCode = 'resyncChangesApplyDifferences' | 'resyncChangesUploadDifferences';

export interface ViewRecord {
  id: string;
  title: string;
  /** CAML: a CamlQueryRoot fragment (<Where>, <OrderBy>, <GroupBy>). */
  query: string;
  rowLimit: number;
  paged: boolean;
  personalView: boolean;
  defaultView: boolean;
  /** Internal names of the columns the view shows, in order. */
  fields: string[];
}

export interface SiteRecord {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  lists: Map<string, ListRecord>;
}

export interface TenantState {
  sites: Map<string, SiteRecord>;
}

export function createTenantState(): TenantState {
  return { sites: new Map() };
}

export function addSite(
  state: TenantState,
  site: { id?: string; hostname?: string; path?: string; displayName?: string },
): SiteRecord {
  const hostname = site.hostname ?? 'contoso.sharepoint.com';
  const id = site.id ?? `${hostname},${randomUUID()},${randomUUID()}`;
  const record: SiteRecord = {
    id,
    hostname,
    path: site.path ?? `/sites/${id.slice(-8)}`,
    displayName: site.displayName ?? 'Performance',
    lists: new Map(),
  };
  state.sites.set(id, record);
  return record;
}

/** Every generic list starts with Title, as SharePoint's "Item" content type has it. */
export function builtInColumns(): Map<string, ColumnRecord> {
  const title: ColumnRecord = {
    id: randomUUID(),
    name: 'Title',
    displayName: 'Title',
    kind: 'text',
    choices: [],
    indexed: false,
    enforceUniqueValues: false,
    readOnly: false,
    richText: false,
  };
  return new Map([[title.name, title]]);
}

/** Every new list has the "All Items" view, as SharePoint's generic list template creates it. */
export function defaultView(): ViewRecord {
  return {
    id: randomUUID(),
    title: 'All Items',
    query: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    rowLimit: 30,
    paged: true,
    personalView: false,
    defaultView: true,
    fields: ['LinkTitle'],
  };
}

// The item's ETag is its unique id and a version counter, but the endpoints spell it differently:
// listItem delta's sample gives `"{GUID},N"` (braces, upper case:
// https://learn.microsoft.com/graph/api/listitem-delta), while items read, created or patched
// through /items and /fields answer `"guid,N"` (lower case, no braces), in both `eTag` and
// `fields['@odata.etag']`. A client comparing them as strings sees a false change.

/** The ETag the /items and /fields endpoints give. */
export function etagOf(item: ItemRecord): string {
  return `"${item.guid.toLowerCase()},${item.version}"`;
}

/** The ETag the delta feed gives. */
export function deltaEtagOf(item: ItemRecord): string {
  return `"{${item.guid.toUpperCase()}},${item.version}"`;
}

/** Whether an If-Match value names this item's current version, in either spelling. */
export function etagMatches(item: ItemRecord, ifMatch: string): boolean {
  const m = /^"?\{?([0-9A-Fa-f-]{36})\}?,(\d+)"?$/.exec(ifMatch.trim());
  return !!m && m[1]!.toLowerCase() === item.guid.toLowerCase() && Number(m[2]) === item.version;
}
