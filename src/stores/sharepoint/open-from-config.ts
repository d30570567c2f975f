// Builds the SharePoint store from the server configuration (the composition root's one call).
import type { Config } from '../../platform/config/config.js';
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

/**
 * The credential for SharePoint REST (provisioning's list views), or why there is none. SharePoint
 * REST refuses app-only tokens that do not come from a certificate (rest-settings.ts), so this is
 * GT_SP_REST_CERTIFICATE_PATH, or the store's own credential only when that is a certificate; a
 * managed identity or a client secret gives `null` with the reason, and the views are skipped.
 */
export function restAuthFromConfig(
  config: Config,
): { auth: SharePointAuth } | { auth: null; why: string } {
  if (config.restStaticToken) return { auth: { kind: 'static', token: config.restStaticToken } };
  const tenantId = config.graphTenantId ?? config.tenantId;
  const clientId = config.restClientId ?? config.entraAppId;
  if (config.restCertificatePath) {
    if (!tenantId || !clientId) {
      return {
        auth: null,
        why: 'GT_SP_REST_CERTIFICATE_PATH is set but not the tenant (AZURE_TENANT_ID or GT_TENANT_ID) or GT_SP_REST_CLIENT_ID (or GT_APP_ID)',
      };
    }
    return {
      auth: {
        kind: 'certificate',
        tenantId,
        clientId,
        certificatePath: config.restCertificatePath,
      },
    };
  }
  const store = authFromConfig(config);
  if (store.kind === 'certificate') return { auth: store };
  return {
    auth: null,
    why:
      store.kind === 'static'
        ? 'no GT_SP_REST_STATIC_TOKEN for the emulator'
        : `SharePoint REST accepts app-only tokens only from a certificate, and the store's credential is a ${store.kind === 'secret' ? 'client secret' : 'managed identity'}; set GT_SP_REST_CERTIFICATE_PATH (docs/deployment.md, "Permissions")`,
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
  return openSharePointStore({
    graph,
    site: config.sharepointSite!,
    logger,
    clock,
    freshnessMs: config.sharepointFreshnessMs,
  });
}
