// Settings for STORE=sharepoint: the site, app-only credentials (client secret, certificate or
// managed identity) and Graph's base URL (the local emulator's for `npm run start:sharepoint`).
// In a tenant the store's credential is the managed identity (GT_USE_MANAGED_IDENTITY=true,
// AZURE_CLIENT_ID = the identity's client id), holding Graph's Sites.Selected and a site grant.
// Provisioning's list views use SharePoint REST and a certificate of their own (rest-settings.ts).
import { z } from 'zod';
import { REST_ENV_NAMES, restSettings } from './rest-settings.js';

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1')
  .default(false);

export const sharepointSettings = {
  /** The site id or URL, e.g. `https://contoso.sharepoint.com/sites/performance`. */
  sharepointSite: z.string().min(1).optional(),
  graphTenantId: z.string().min(1).optional(),
  graphClientId: z.string().min(1).optional(),
  graphClientSecret: z.string().min(1).optional(),
  graphCertificatePath: z.string().min(1).optional(),
  managedIdentity: flag,
  graphBaseUrl: z.string().url().default('https://graph.microsoft.com/v1.0'),
  /** A fixed bearer token, accepted only by the local Graph emulator. */
  graphStaticToken: z.string().min(1).optional(),
  /**
   * Milliseconds a list read by delta is served from memory before Graph is asked again: a
   * Leadership Team opening the tab at once costs one delta round per list, not one per person.
   * Another instance's writes (or a hand edit) show within it; this instance's own at once.
   */
  sharepointFreshnessMs: z.coerce.number().int().min(0).max(60_000).default(2_000),
  ...restSettings,
};

export const SHAREPOINT_ENV_NAMES = {
  sharepointSite: 'SHAREPOINT_SITE',
  graphTenantId: 'AZURE_TENANT_ID',
  graphClientId: 'AZURE_CLIENT_ID',
  graphClientSecret: 'AZURE_CLIENT_SECRET',
  graphCertificatePath: 'AZURE_CLIENT_CERTIFICATE_PATH',
  managedIdentity: 'GT_USE_MANAGED_IDENTITY',
  graphBaseUrl: 'GRAPH_BASE_URL',
  graphStaticToken: 'GRAPH_STATIC_TOKEN',
  sharepointFreshnessMs: 'GT_SHAREPOINT_FRESHNESS_MS',
  ...REST_ENV_NAMES,
} as const;
