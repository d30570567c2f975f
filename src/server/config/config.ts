// The one configuration module (STYLE.md: explicit options, then environment). Validated with zod at
// start so a missing or malformed setting stops the server with a message that names it.
import { z } from 'zod';

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
});

export type Config = z.infer<typeof schema>;
export type ConfigOptions = Partial<z.input<typeof schema>>;

const ENV_NAMES: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  mode: 'GT_MODE',
  store: 'STORE',
  dataFile: 'GT_DATA_FILE',
  logLevel: 'LOG_LEVEL',
  seedDemo: 'GT_SEED_DEMO',
  tabDir: 'GT_TAB_DIR',
  publicBaseUrl: 'GT_PUBLIC_BASE_URL',
};

export class ConfigError extends Error {}

/** Explicit options win over the environment; anything invalid is named with its variable. */
export function loadConfig(
  options: ConfigOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Config {
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
  if (parsed.data.store === 'sharepoint') {
    throw new ConfigError('STORE: "sharepoint" is not available in this build yet; use "sqlite"');
  }
  return parsed.data;
}
