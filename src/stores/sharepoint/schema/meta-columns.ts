// Columns every Golden Thread list carries besides its own: the domain id (SharePoint item ids
// are integers the store cannot choose, so the port's string ids live in an indexed, unique
// column), who created and last changed the item (the app writes as itself, so Graph's
// createdBy/lastModifiedBy name the app, not the person), and any field the schema does not
// know yet, kept as JSON so nothing is lost.
import type { FieldSpec } from './column-spec.js';

export const ID_COLUMN = 'GtId';
export const CREATED_BY_COLUMN = 'GtCreatedBy';
export const MODIFIED_BY_COLUMN = 'GtModifiedBy';
export const EXTRA_COLUMN = 'GtExtra';

export const META_FIELDS: readonly FieldSpec[] = [
  { field: 'id', type: 'text', indexed: true, unique: true, display: 'Golden Thread id' },
  { field: 'createdBy', type: 'text', display: 'Created by (person id)' },
  { field: 'modifiedBy', type: 'text', display: 'Modified by (person id)' },
  { field: 'extra', type: 'json', display: 'Other fields (JSON)' },
];

export const UNIQUE_COLUMNS = new Set([ID_COLUMN]);
