// Settings for tab sign-in, spread into the one config module (config.ts) like the tenant settings.
import { z } from 'zod';

export const authSettings = {
  /** Where the tenant's signing keys are (default: Microsoft's discovery endpoint); tests serve their own. */
  entraJwksUrl: z.string().url().optional(),
  /** Entra group ids mapped to roles: `groupId=admin,groupId=leadership`. */
  entraGroupRoles: z.string().max(4000).optional(),
};

export const AUTH_ENV_NAMES = {
  entraJwksUrl: 'GT_ENTRA_JWKS_URL',
  entraGroupRoles: 'GT_ENTRA_GROUP_ROLES',
} as const;
