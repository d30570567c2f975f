export { openSqliteStore, type SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { MIGRATIONS, type Migration } from './migrations.js';
