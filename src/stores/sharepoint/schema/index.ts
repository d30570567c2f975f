export {
  columnDefinition,
  columnName,
  type ColumnType,
  type FieldSpec,
  type ListSpec,
} from './column-spec.js';
export { AUDIT_LIST, ENTITY_LISTS, SCHEMA_VERSION } from './list-schema.js';
export {
  CREATED_BY_COLUMN,
  EXTRA_COLUMN,
  ID_COLUMN,
  META_FIELDS,
  MODIFIED_BY_COLUMN,
  UNIQUE_COLUMNS,
} from './meta-columns.js';
export { schemaAt, type SiteSchema } from './site-schema.js';
export { ownColumns } from './own-columns.js';
