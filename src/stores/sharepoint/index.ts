// The SharePoint store's public surface.
export {
  openSharePointStore,
  type SharePointStore,
  type SharePointStoreOptions,
  type DebugLogger,
} from './sharepoint-store.js';
export { createGraphApi, type GraphApi, type GraphApiOptions } from './graph/graph-api.js';
export { staticTokenCredential, type GraphStats } from './graph/behaviours/index.js';
export { credentialFor, type SharePointAuth } from './graph/credentials.js';
export * from './provision/index.js';
export { IncompleteWriteError } from './store/write-errors.js';
export { schemaAt, SCHEMA_VERSION } from './schema/index.js';
export {
  authFromConfig,
  openSharePointStoreFromConfig,
  restAuthFromConfig,
} from './open-from-config.js';
export * from './smoke/index.js';
