// Builds the SharePoint store from the server configuration (the composition root's one call).
import type { Config } from '../../server/config/config.js';
import { credentialFor, type SharePointAuth } from './graph/credentials.js';
import { createGraphApi } from './graph/graph-api.js';
import { openSharePointStore, type DebugLogger, type SharePointStore } from './sharepoint-store.js';

export function authFromConfig(config: Config): SharePointAuth {
  if (config.graphStaticToken) return { kind: 'static', token: config.graphStaticToken };
  if (config.managedIdentity) return { kind: 'managed-identity', clientId: config.graphClientId };
  if (config.graphCertificatePath) {
    return {
      kind: 'certificate',
      tenantId: config.graphTenantId!,
      clientId: config.graphClientId!,
      certificatePath: config.graphCertificatePath,
    };
  }
  return {
    kind: 'secret',
    tenantId: config.graphTenantId!,
    clientId: config.graphClientId!,
    clientSecret: config.graphClientSecret!,
  };
}

export function openSharePointStoreFromConfig(
  config: Config,
  logger?: DebugLogger,
  clock?: () => Date,
): SharePointStore {
  const graph = createGraphApi({
    baseUrl: config.graphBaseUrl,
    credential: credentialFor(authFromConfig(config)),
  });
  return openSharePointStore({ graph, site: config.sharepointSite!, logger, clock });
}
