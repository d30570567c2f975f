// Wires tenant sign-in into the Express app: in tenant mode every /api request gets the Entra
// authenticator (identify() uses it); in both modes the tab can ask how to sign in.
import express, { type Express, type Router } from 'express';
import type { AppDeps } from '../../app/deps.js';
import type { Config } from '../../platform/config/config.js';
import { apiScope, parseGroupRoles, type EntraOptions } from './entra-options.js';
import { IdentityCache } from './identity-cache.js';
import { tenantIdentity } from './tenant-identity.js';
import { createEntraVerifier } from './verify-entra-token.js';

type AuthConfig = Pick<
  Config,
  'mode' | 'tenantId' | 'entraAppId' | 'publicHost' | 'entraJwksUrl' | 'entraGroupRoles'
>;

export function entraOptionsFrom(config: AuthConfig): EntraOptions | null {
  if (!config.tenantId || !config.entraAppId || !config.publicHost) return null;
  return {
    tenantId: config.tenantId,
    clientId: config.entraAppId,
    publicHost: config.publicHost,
    jwksUrl: config.entraJwksUrl,
    groupRoles: parseGroupRoles(config.entraGroupRoles),
  };
}

/** What the tab needs to ask Entra for a token for this API (public: no secrets in it). */
export function authConfigRouter(config: AuthConfig): Router {
  const router = express.Router();
  const entra = entraOptionsFrom(config);
  router.get('/api/auth/config', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      mode: config.mode,
      clientId: entra?.clientId ?? null,
      tenantId: entra?.tenantId ?? null,
      scope: entra ? apiScope(entra) : null,
    });
  });
  return router;
}

export function mountTenantAuth(app: Express, config: AuthConfig, deps: AppDeps): void {
  app.use(authConfigRouter(config));
  if (config.mode !== 'tenant') return;
  const entra = entraOptionsFrom(config);
  // loadConfig already refuses tenant mode without these; this guards direct callers.
  if (!entra) throw new Error('Tenant mode needs GT_TENANT_ID, GT_APP_ID and GT_PUBLIC_HOST');
  app.use(
    '/api',
    tenantIdentity({
      store: deps.store,
      clock: deps.clock,
      verify: createEntraVerifier(entra),
      groupRoles: entra.groupRoles,
      cache: new IdentityCache(),
    }),
  );
}
