// Copies a council's data between stores (SQLite ⇄ SharePoint), all or nothing, verified.
export { canonicalFields, fingerprint, type ListFingerprint } from './checksum.js';
export { MigrationError } from './migration-error.js';
export {
  DEFAULT_CHUNK_SIZE,
  migrateStores,
  type ListReport,
  type MigrateOptions,
  type MigrationReport,
} from './migrate-stores.js';
