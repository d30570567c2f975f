// What /readyz reports, and the route a request log line names. Kept out of app.ts so each rule can
// be tested on its own.
import type { Request } from 'express';
import type { AppDeps } from '../app/deps.js';
import type { Config } from '../platform/config/config.js';
import { botConfigured } from '../platform/config/tenant-settings.js';

export type CheckResult = 'ok' | 'failed' | 'missing';

export async function readinessChecks(
  config: Config,
  deps: AppDeps,
): Promise<{ store: CheckResult; bot: CheckResult }> {
  let store: CheckResult = 'ok';
  try {
    await deps.store.query('settings', {}, { top: 1 });
  } catch {
    store = 'failed';
  }
  return { store, bot: botConfigured(config) ? 'ok' : 'missing' };
}

/** The matched route pattern (e.g. /api/returns/:id) when known, else the path with ids masked. */
export function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${req.baseUrl}${pattern}`;
  // Mask anything that looks like an email address in case an unmatched URL carries one.
  return req.path.replace(/[^/@]+@[^/]+/g, ':email');
}
