// App Service hands an app setting whose Key Vault reference it could not resolve to the app as the
// literal reference text, `@Microsoft.KeyVault(...)` ("Use Key Vault references as app settings in
// Azure App Service", Troubleshoot Key Vault references). That happens on a first deployment when
// the managed identity's Key Vault Secrets User role has not yet propagated, or when a secret is
// missing. Such a value is not the setting, so the configuration treats it as unset and says which
// variables they were; the reference text itself is never logged.
import type { DestinationStream } from 'pino';
import { createLogger } from '../logging/logger.js';

const REFERENCE = /^\s*@Microsoft\.KeyVault\(/i;

export function isUnresolvedKeyVaultReference(value: string | undefined): boolean {
  return value !== undefined && REFERENCE.test(value);
}

/** The variables among `names` whose value is an unresolved Key Vault reference, in order. */
export function unresolvedKeyVaultReferences(
  env: NodeJS.ProcessEnv,
  names: Iterable<string>,
): string[] {
  return [...new Set(names)].filter((name) => isUnresolvedKeyVaultReference(env[name]));
}

/** A copy of `env` without the named variables, so they read as unset. */
export function withoutVariables(env: NodeJS.ProcessEnv, names: string[]): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of names) delete copy[name];
  return copy;
}

const WHAT_TO_DO =
  'App Service could not resolve its Key Vault reference, so it counts as unset: check that the ' +
  "managed identity has Key Vault Secrets User on the vault and the secret exists, then refresh the app's " +
  'Key Vault references (docs/deployment.md, "Runtime and redeploys")';

/** One line per variable, for a configuration error whose cause may be an unresolved reference. */
export function unresolvedReferenceLines(names: string[]): string[] {
  return names.map((name) => `${name}: ${WHAT_TO_DO}`);
}

/**
 * The server's warning when it starts without some referenced settings (telemetry off, say). It
 * runs before the server's logger exists, so it writes the same JSON line shape to stderr, which
 * App Service collects with the console logs; the CLI's own output on stdout stays clean.
 */
export function logUnresolvedReferences(
  names: string[],
  destination: DestinationStream = process.stderr,
): void {
  createLogger('warn', destination).warn(
    { settings: names },
    'Key Vault references App Service could not resolve; these settings count as unset ' +
      '(docs/deployment.md, "Runtime and redeploys")',
  );
}
