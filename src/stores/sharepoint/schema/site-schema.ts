// The whole site's schema at a version: every list with its meta and own columns. Provisioning
// takes one of these, so a test can provision version 1 and upgrade to version 2.
import type { FieldSpec, ListSpec } from './column-spec.js';
import { AUDIT_LIST, ENTITY_LISTS, SCHEMA_VERSION } from './list-schema.js';
import { META_FIELDS } from './meta-columns.js';

export interface SiteSchema {
  version: number;
  lists: { spec: ListSpec; columns: FieldSpec[] }[];
}

export function schemaAt(version: number = SCHEMA_VERSION): SiteSchema {
  const pick = (fields: readonly FieldSpec[]) => fields.filter((f) => (f.since ?? 1) <= version);
  return {
    version,
    lists: [
      ...Object.values(ENTITY_LISTS).map((spec) => ({
        spec,
        columns: [...META_FIELDS, ...pick(spec.fields)],
      })),
      { spec: AUDIT_LIST, columns: pick(AUDIT_LIST.fields) },
    ],
  };
}
