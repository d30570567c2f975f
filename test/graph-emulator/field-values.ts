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

/** A rich-text column's value as SharePoint hands it back: HTML inside its ExternalClass div. */
export function shownValue(column: ColumnRecord | undefined, value: unknown): unknown {
  if (!column?.richText || typeof value !== 'string') return value;
  const html = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '<br>');
  return `<div class="ExternalClass${column.id.replace(/-/g, '').toUpperCase()}">${html}</div>`;
}

// SharePoint's own columns, which every generic list item carries in its fieldValueSet beside the
// list's columns, as real answers show them (items read, created and patched through Graph):
// https://learn.microsoft.com/graph/api/resources/fieldvalueset (lookup columns come back as
// `<name>LookupId`). An app-only write is made by the "SharePoint App" account, whose lookup id
// SharePoint Online fixes at 1073741822. None of them can be written; Graph refuses with
// `invalidRequest` "Field '<name>' is read-only".
const APP_ACCOUNT = '1073741822';

export interface SystemSource {
  id: number;
  version: number;
  created: string;
  modified: string;
  title: unknown;
}

export function systemFields(item: SystemSource): Record<string, unknown> {
  const title =
    item.title === undefined ? {} : { LinkTitleNoMenu: item.title, LinkTitle: item.title };
  return {
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.modified,
    Created: item.created,
    AuthorLookupId: APP_ACCOUNT,
    EditorLookupId: APP_ACCOUNT,
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    ...title,
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
    AppAuthorLookupId: '3',
    AppEditorLookupId: '3',
  };
}

/** Names no write may carry: the system columns above and the lookups they project. */
export const READ_ONLY_FIELDS = new Set([
  ...Object.keys(systemFields({ id: 0, version: 1, created: '', modified: '', title: '' })),
  'ID',
  'Author',
  'Editor',
  'AppAuthor',
  'AppEditor',
  'ContentTypeId',
  'GUID',
  'UniqueId',
  'owshiddenversion',
  '_UIVersion',
  'FileRef',
  'FileLeafRef',
  'FSObjType',
]);
