// Settings a council tenant needs beyond local mode (docs/deployment.md; infra/modules/web-app.bicep
// sets each of them as an App Service app setting). Kept apart from config.ts so the tenant rules
// read in one place.
import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export const tenantSettings = {
  /** Public host name of the app (no scheme, no path): the tab, the bot endpoint and the API URI. */
  publicHost: z
    .string()
    .regex(HOST_NAME, 'must be a host name like goldenthread.example-council.gov.uk (no https://)')
    .optional(),
  /** Entra app (client) id whose access_as_user tokens the tab sends to the API. */
  entraAppId: z.string().regex(GUID, 'must be a GUID (the Entra application/client id)').optional(),
  /** The council's Entra tenant id: the only issuer the API accepts. */
  tenantId: z.string().regex(GUID, 'must be a GUID (the Entra directory/tenant id)').optional(),
  /** How the bot signs in to the Bot Framework: the managed identity (no secret) or a secret. */
  botAppType: z.enum(['UserAssignedMSI', 'SingleTenant', 'MultiTenant']).optional(),
  /** When set, telemetry export to Application Insights is switched on (logging/telemetry.ts). */
  appInsightsConnectionString: z
    .string()
    .regex(/InstrumentationKey=/, 'must be an Application Insights connection string')
    .optional(),
};

export const TENANT_ENV_NAMES = {
  publicHost: 'GT_PUBLIC_HOST',
  entraAppId: 'GT_APP_ID',
  tenantId: 'GT_TENANT_ID',
  botAppType: 'MICROSOFT_APP_TYPE',
  appInsightsConnectionString: 'APPLICATIONINSIGHTS_CONNECTION_STRING',
} as const;

interface TenantView {
  mode: 'local' | 'tenant';
  publicHost?: string;
  entraAppId?: string;
  tenantId?: string;
  botAppType?: 'UserAssignedMSI' | 'SingleTenant' | 'MultiTenant';
  botAppPassword?: string;
}

/** Lines naming each variable a tenant deployment lacks; empty in local mode. */
export function missingTenantSettings(config: TenantView): string[] {
  if (config.mode !== 'tenant') return [];
  const lines: string[] = [];
  const need = (ok: unknown, name: string, what: string) => {
    if (!ok) lines.push(`${name}: required when GT_MODE=tenant (${what})`);
  };
  need(config.publicHost, 'GT_PUBLIC_HOST', 'the public host name of the app');
  need(config.entraAppId, 'GT_APP_ID', 'the Entra app id of the tab API');
  need(config.tenantId, 'GT_TENANT_ID', "the council's Entra tenant id");
  // A managed identity needs no secret; any other bot registration does.
  const needsSecret = config.botAppType !== undefined && config.botAppType !== 'UserAssignedMSI';
  if (needsSecret) need(config.botAppPassword, 'MICROSOFT_APP_PASSWORD', 'the bot secret');
  return lines;
}

/** True when everything the bot needs in a tenant is present (used by /readyz). */
export function botConfigured(config: TenantView & { botAppId?: string }): boolean {
  if (config.mode !== 'tenant') return true;
  if (!config.botAppId || !config.tenantId) return false;
  return config.botAppType === 'UserAssignedMSI' || Boolean(config.botAppPassword);
}
