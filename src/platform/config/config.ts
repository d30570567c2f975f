// The one configuration module (STYLE.md: explicit options, then environment). Validated with zod at
// start so a missing or malformed setting stops the server with a message that names it.
import { z } from 'zod';
import { missingTenantSettings, TENANT_ENV_NAMES, tenantSettings } from './tenant-settings.js';
import { AUTH_ENV_NAMES, authSettings } from './auth-settings.js';
import { SHAREPOINT_ENV_NAMES, sharepointSettings } from './sharepoint-settings.js';
import { missingInstallSettings, NUDGE_ENV_NAMES, nudgeSettings } from './nudge-settings.js';
import { isLoopbackHost } from './loopback-host.js';
import { LG_INFORM_ENV_NAMES, lgInformSettings } from './lg-inform-settings.js';
import {
  logUnresolvedReferences,
  unresolvedKeyVaultReferences,
  unresolvedReferenceLines,
  withoutVariables,
} from './key-vault-references.js';

const schema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3978),
  host: z.string().min(1).default('127.0.0.1'),
  mode: z.enum(['local', 'tenant']).default('local'),
  store: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  dataFile: z.string().min(1).default('data/golden-thread.db'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed the demo council into an empty store on start. */
  seedDemo: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .transform((v) => v === true || v === 'true' || v === '1')
    .default(true),
  /** Directory of the built tab (Vite output). */
  tabDir: z.string().default('dist/tab'),
  publicBaseUrl: z.string().url().optional(),
  /** Path to the council's logo (PNG) for report title pages; none → no logo. */
  councilLogo: z.string().min(1).optional(),
  /** The bot's Entra app id; with it botbuilder checks every activity's Bot Framework token. */
  botAppId: z.string().min(1).optional(),
  botAppPassword: z.string().min(1).optional(),
  botTenantId: z.string().min(1).optional(),
  /**
   * Local mode only: the demo person (id) that chat users the server does not know act as, e.g. the
   * Agents Playground's default user, so a person can try the bot as a Collection Officer.
   */
  botLocalUser: z.string().min(1).optional(),
  ...tenantSettings,
  ...authSettings,
  ...sharepointSettings,
  ...nudgeSettings,
  ...lgInformSettings,
});

export type Config = z.infer<typeof schema>;
export type ConfigOptions = Partial<z.input<typeof schema>>;

export const ENV_NAMES: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  mode: 'GT_MODE',
  store: 'STORE',
  dataFile: 'GT_DATA_FILE',
  logLevel: 'LOG_LEVEL',
  seedDemo: 'GT_SEED_DEMO',
  tabDir: 'GT_TAB_DIR',
  publicBaseUrl: 'GT_PUBLIC_BASE_URL',
  councilLogo: 'GT_COUNCIL_LOGO',
  botAppId: 'MICROSOFT_APP_ID',
  botAppPassword: 'MICROSOFT_APP_PASSWORD',
  botTenantId: 'MICROSOFT_APP_TENANT_ID',
  botLocalUser: 'GT_BOT_LOCAL_USER',
  ...TENANT_ENV_NAMES,
  ...AUTH_ENV_NAMES,
  ...SHAREPOINT_ENV_NAMES,
  ...NUDGE_ENV_NAMES,
  ...LG_INFORM_ENV_NAMES,
};

export class ConfigError extends Error {}

/**
 * Explicit options win over the environment; anything invalid is named with its variable. A
 * variable App Service left as an unresolved `@Microsoft.KeyVault(...)` reference counts as unset:
 * `onUnresolved` hears which ones (names only), and an error they may explain says so.
 */
export function loadConfig(
  options: ConfigOptions = {},
  env: NodeJS.ProcessEnv = process.env,
  onUnresolved: (names: string[]) => void = logUnresolvedReferences,
): Config {
  const unresolved = unresolvedKeyVaultReferences(env, Object.values(ENV_NAMES));
  let config: Config;
  try {
    config = parseConfig(options, withoutVariables(env, unresolved));
  } catch (error) {
    if (!(error instanceof ConfigError) || unresolved.length === 0) throw error;
    throw new ConfigError(
      `${error.message}\n  ${unresolvedReferenceLines(unresolved).join('\n  ')}`,
    );
  }
  if (unresolved.length > 0) onUnresolved(unresolved);
  return config;
}

function parseConfig(options: ConfigOptions, env: NodeJS.ProcessEnv): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV_NAMES)) {
    const fromEnv = env[name];
    if (fromEnv !== undefined && fromEnv !== '') raw[key] = fromEnv;
  }
  Object.assign(
    raw,
    Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '') as keyof Config;
      return `${ENV_NAMES[key] ?? key}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (parsed.data.store === 'sharepoint') assertSharePointSettings(parsed.data);
  if (parsed.data.mode === 'tenant' && !parsed.data.botAppId) {
    // botbuilder with no app id accepts any activity unauthenticated: only ever in local mode.
    throw new ConfigError(
      "MICROSOFT_APP_ID: tenant mode needs the bot's app id, so the bot checks Bot Framework tokens",
    );
  }
  if (parsed.data.mode === 'local' && !isLoopbackHost(parsed.data.host)) {
    // One line, naming both variables: main.ts prints it as the reason the server will not start.
    throw new ConfigError(
      `HOST=${parsed.data.host} is not a loopback address: local mode (GT_MODE=local) serves a development sign-in and an unauthenticated bot to anyone who can reach it; use HOST=127.0.0.1, or set GT_MODE=tenant with the tenant's settings`,
    );
  }
  if (parsed.data.mode === 'tenant' && parsed.data.botLocalUser) {
    throw new ConfigError('GT_BOT_LOCAL_USER: only allowed in local mode');
  }
  const missing = [...missingTenantSettings(parsed.data), ...missingInstallSettings(parsed.data)];
  if (missing.length > 0)
    throw new ConfigError(`Invalid configuration:\n  ${missing.join('\n  ')}`);
  return parsed.data;
}

/** One way for the server to get Graph tokens (the SharePoint store's; installs have their own). */
function hasGraphAuth(config: Config): boolean {
  return Boolean(
    config.graphStaticToken !== undefined ||
    config.managedIdentity ||
    (config.graphTenantId &&
      config.graphClientId &&
      (config.graphClientSecret || config.graphCertificatePath)),
  );
}

/** STORE=sharepoint needs a site and one way to authenticate; names every missing variable. */
function assertSharePointSettings(config: Config): void {
  const missing: string[] = [];
  if (!config.sharepointSite) missing.push(`${ENV_NAMES.sharepointSite}: the site id or URL`);
  if (!hasGraphAuth(config)) {
    missing.push(
      `${ENV_NAMES.graphTenantId}, ${ENV_NAMES.graphClientId} and ${ENV_NAMES.graphClientSecret} or ${ENV_NAMES.graphCertificatePath} (or ${ENV_NAMES.managedIdentity}=true)`,
    );
  }
  if (missing.length > 0) {
    throw new ConfigError(`Invalid configuration for STORE=sharepoint:\n  ${missing.join('\n  ')}`);
  }
}
