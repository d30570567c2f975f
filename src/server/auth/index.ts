export {
  acceptedAudiences,
  acceptedIssuers,
  apiScope,
  jwksUrlFor,
  parseGroupRoles,
  type EntraOptions,
} from './entra-options.js';
export { createEntraVerifier, type EntraClaims, type TokenVerifier } from './verify-entra-token.js';
export {
  authenticateRequest,
  bearerToken,
  personForClaims,
  tenantAuthenticator,
  tenantIdentity,
  type TenantIdentityDeps,
} from './tenant-identity.js';
export { mountTenantAuth, authConfigRouter } from './mount.js';
