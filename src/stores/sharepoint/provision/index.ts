// Provisioning's public surface: lists, columns and indexes through Graph; list views through
// SharePoint REST with PnPjs.
export { provisionSite, type ProvisionOptions, type ProvisionReport } from './provision.js';
export {
  pnpListViews,
  pnpViewsFactory,
  provisionViews,
  type ListViewsApi,
  type ViewsClientFactory,
} from './provision-views.js';
export { LIST_VIEWS, type ViewSpec } from './list-views.js';
export {
  BearerFromCredential,
  createSharePointRest,
  restBaseFor,
  type RestStats,
  type SharePointRestOptions,
} from './sharepoint-rest.js';
