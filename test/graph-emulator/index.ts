export {
  startGraphEmulator,
  type FaultAction,
  type FaultInfo,
  type GraphEmulator,
  type GraphEmulatorOptions,
} from './server.js';
export { createTenantState, type TenantState } from './model.js';
export { LIST_VIEW_THRESHOLD, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './items.js';
export { MAX_BATCH } from './batch.js';
export { parseCaml, BUILT_IN_FIELDS, type CamlQuery } from './caml.js';
export {
  addCatalogApp,
  addUsers,
  teamsStateOf,
  type CatalogApp,
  type TeamsState,
  type UserInstallation,
} from './teams-apps.js';
