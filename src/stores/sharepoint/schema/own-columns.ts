// The columns the store itself writes on a list: Title (set to the domain id on create), the meta
// columns and the schema's own. Everything else in a fieldValueSet is SharePoint's (LinkTitle,
// ContentType, _UIVersionString, AuthorLookupId, Created, Modified …), read-only, and refused if
// sent back (https://learn.microsoft.com/graph/api/resources/fieldvalueset), so an undo restores
// only these.
import { columnName, type ListSpec } from './column-spec.js';
import { CREATED_BY_COLUMN, EXTRA_COLUMN, ID_COLUMN, MODIFIED_BY_COLUMN } from './meta-columns.js';

export function ownColumns(spec: ListSpec): Set<string> {
  return new Set([
    'Title',
    ID_COLUMN,
    CREATED_BY_COLUMN,
    MODIFIED_BY_COLUMN,
    EXTRA_COLUMN,
    ...spec.fields.map((f) => columnName(f.field)),
  ]);
}
