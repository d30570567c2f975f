// Sites, lists and columns: what provisioning calls.
// - Get a site by id or by `{hostname}:/{server-relative-path}`: https://learn.microsoft.com/graph/api/site-getbypath
// - Create a list with its columns: https://learn.microsoft.com/graph/api/list-create
// - Add a column: https://learn.microsoft.com/graph/api/list-post-columns
// - Update a column (e.g. `indexed`): https://learn.microsoft.com/graph/api/columndefinition-update
//   columnDefinition has `indexed` and `enforceUniqueValues` (unique values need an index):
//   https://learn.microsoft.com/graph/api/resources/columndefinition
import { randomUUID } from 'node:crypto';
import { badRequest, GraphHttpError, notFound } from './errors.js';
import {
  builtInColumns,
  defaultView,
  type ColumnKind,
  type ColumnRecord,
  type ListRecord,
  type SiteRecord,
  type TenantState,
} from './model.js';

export function findSite(state: TenantState, ref: string): SiteRecord {
  const byPath = /^([^:]+):(\/.*?):?$/.exec(ref);
  if (byPath) {
    for (const site of state.sites.values()) {
      if (site.hostname === byPath[1] && site.path === byPath[2]) return site;
    }
  }
  const site = state.sites.get(ref);
  if (!site) throw notFound(`Site ${ref} was not found`);
  return site;
}

export function siteShape(site: SiteRecord): object {
  return {
    id: site.id,
    displayName: site.displayName,
    name: site.path.split('/').pop(),
    webUrl: `https://${site.hostname}${site.path}`,
  };
}

/** A list by id or by title, as Graph accepts either in the path. */
export function findList(site: SiteRecord, ref: string): ListRecord {
  const byId = site.lists.get(ref);
  if (byId) return byId;
  for (const list of site.lists.values()) if (list.displayName === ref) return list;
  throw notFound(`List ${ref} was not found`);
}

export function listShape(site: SiteRecord, list: ListRecord): object {
  return {
    '@odata.etag': `"${list.id},1"`,
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    createdDateTime: list.created,
    webUrl: `https://${site.hostname}${site.path}/Lists/${list.name}`,
    list: { template: 'genericList', hidden: false, contentTypesEnabled: false },
  };
}

export function columnShape(column: ColumnRecord): object {
  const facet: Record<string, object> = {
    text: { allowMultipleLines: false, maxLength: 255 },
    note: {
      allowMultipleLines: true,
      textType: column.richText ? 'richText' : 'plain',
      maxLength: 63_999,
    },
    number: {},
    boolean: {},
    dateTime: { format: 'dateTime', displayAs: 'default' },
    choice: { choices: column.choices, allowTextEntry: false, displayAs: 'dropDownMenu' },
  };
  const kind = column.kind === 'note' ? 'text' : column.kind;
  return {
    id: column.id,
    name: column.name,
    displayName: column.displayName,
    indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues,
    readOnly: column.readOnly,
    [kind]: facet[column.kind],
  };
}

const KINDS: ColumnKind[] = ['number', 'boolean', 'dateTime', 'choice'];

function parseColumn(body: unknown): ColumnRecord {
  const def = body as Record<string, unknown>;
  if (typeof def?.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(def.name)) {
    throw badRequest('A column needs a name of letters, digits and underscores');
  }
  let kind: ColumnKind | undefined = KINDS.find((k) => def[k] !== undefined);
  let richText = false;
  if (!kind && def.text !== undefined) {
    const text = def.text as { allowMultipleLines?: boolean; textType?: unknown };
    kind = text.allowMultipleLines ? 'note' : 'text';
    richText = textTypeOf(def.name, kind, text.textType);
  }
  if (!kind) throw badRequest(`Column ${def.name} names no supported type facet`);
  const choices = kind === 'choice' ? ((def.choice as { choices?: unknown }).choices ?? []) : [];
  if (!Array.isArray(choices) || choices.some((c) => typeof c !== 'string')) {
    throw badRequest(`Column ${def.name} has invalid choices`);
  }
  const unique = def.enforceUniqueValues === true;
  if (unique && def.indexed !== true) {
    throw badRequest(`Column ${def.name} must be indexed to enforce unique values`);
  }
  return {
    id: randomUUID(),
    name: def.name,
    displayName: typeof def.displayName === 'string' ? def.displayName : def.name,
    kind,
    choices: choices as string[],
    indexed: def.indexed === true,
    enforceUniqueValues: unique,
    readOnly: false,
    richText,
  };
}

/**
 * textColumn.textType is `plain` or `richText`
 * (https://learn.microsoft.com/graph/api/resources/textcolumn). A multi-line column that names
 * none is taken as rich text, SharePoint's own default for "Multiple lines of text" (enhanced
 * rich text), so a schema that forgets `plain` sees its text come back as HTML here first.
 */
function textTypeOf(name: string, kind: ColumnKind, textType: unknown): boolean {
  if (textType === undefined) return kind === 'note';
  if (textType !== 'plain' && textType !== 'richText') {
    throw badRequest(`Column ${name} has textType ${JSON.stringify(textType)}: plain or richText`);
  }
  if (textType === 'richText' && kind !== 'note') {
    throw badRequest(`Column ${name} is a single line of text and cannot be rich text`);
  }
  return textType === 'richText';
}

export function addColumn(list: ListRecord, body: unknown): ColumnRecord {
  const column = parseColumn(body);
  if (list.columns.has(column.name)) {
    throw new GraphHttpError(409, 'nameAlreadyExists', `A column named ${column.name} exists`);
  }
  list.columns.set(column.name, column);
  return column;
}

export function updateColumn(list: ListRecord, columnId: string, body: unknown): ColumnRecord {
  const column = [...list.columns.values()].find((c) => c.id === columnId || c.name === columnId);
  if (!column) throw notFound(`Column ${columnId} was not found`);
  const patch = body as Partial<
    Record<'indexed' | 'enforceUniqueValues' | 'displayName' | 'choice' | 'text', unknown>
  >;
  const textType = (patch.text as { textType?: unknown } | undefined)?.textType;
  if (textType !== undefined) {
    if (column.kind !== 'text' && column.kind !== 'note') {
      throw badRequest(`Column ${column.name} is not a text column`);
    }
    column.richText = textTypeOf(column.name, column.kind, textType);
  }
  if (typeof patch.indexed === 'boolean') column.indexed = patch.indexed;
  if (typeof patch.displayName === 'string') column.displayName = patch.displayName;
  if (patch.choice !== undefined && column.kind === 'choice') {
    const choices = (patch as { choice: { choices?: string[] } }).choice.choices;
    if (Array.isArray(choices)) column.choices = choices;
  }
  if (typeof patch.enforceUniqueValues === 'boolean') {
    if (patch.enforceUniqueValues && !column.indexed) {
      throw badRequest(`Column ${column.name} must be indexed to enforce unique values`);
    }
    column.enforceUniqueValues = patch.enforceUniqueValues;
  }
  return column;
}

export function createList(site: SiteRecord, body: unknown, now: Date): ListRecord {
  const def = body as { displayName?: unknown; description?: unknown; columns?: unknown };
  if (typeof def?.displayName !== 'string' || def.displayName.trim() === '') {
    throw badRequest('A list needs a displayName');
  }
  for (const other of site.lists.values()) {
    if (other.displayName === def.displayName) {
      throw new GraphHttpError(409, 'nameAlreadyExists', `A list named ${def.displayName} exists`);
    }
  }
  const list: ListRecord = {
    id: randomUUID(),
    name: def.displayName.replace(/[^A-Za-z0-9]/g, ''),
    displayName: def.displayName,
    description: typeof def.description === 'string' ? def.description : '',
    created: now.toISOString(),
    columns: builtInColumns(),
    items: new Map(),
    nextItemId: 1,
    changeSeq: 0,
    tombstones: [],
    deltaEpoch: 0,
    resyncCode: 'resyncChangesApplyDifferences',
    views: [defaultView()],
  };
  for (const column of Array.isArray(def.columns) ? def.columns : []) addColumn(list, column);
  site.lists.set(list.id, list);
  return list;
}
