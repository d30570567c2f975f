// What the API needs to know to accept an Entra ID access token for itself: the council's tenant,
// the app (client) id and public host the tab asks tokens for, and where the tenant's signing keys
// are published (configurable so tests can serve keys they generated).
import type { Role } from '../../domain/model/types.js';

export interface EntraOptions {
  tenantId: string;
  /** The Entra app (client) id of the API; v2 tokens carry it as `aud`. */
  clientId: string;
  /** Public host of the app; v1 tokens carry `api://{host}/{clientId}` as `aud`. */
  publicHost: string;
  /** JWKS address; Microsoft's discovery endpoint for the tenant unless given. */
  jwksUrl?: string;
  /** Entra group object id → role, for councils that manage roles as security groups. */
  groupRoles?: Record<string, Role>;
}

export const ENTRA_LOGIN = 'https://login.microsoftonline.com';

export function jwksUrlFor(options: EntraOptions): URL {
  return new URL(options.jwksUrl ?? `${ENTRA_LOGIN}/${options.tenantId}/discovery/v2.0/keys`);
}

/** The audiences a token for this API may carry (v2: the client id; v1: the Application ID URI). */
export function acceptedAudiences(options: EntraOptions): string[] {
  return [options.clientId, `api://${options.publicHost}/${options.clientId}`];
}

/** v2.0 tokens come from login.microsoftonline.com; v1.0 tokens from sts.windows.net. */
export function acceptedIssuers(options: EntraOptions): string[] {
  return [
    `${ENTRA_LOGIN}/${options.tenantId}/v2.0`,
    `https://sts.windows.net/${options.tenantId}/`,
  ];
}

/** The scope the tab asks for (the API's exposed scope in the app registration). */
export function apiScope(options: Pick<EntraOptions, 'clientId' | 'publicHost'>): string {
  return `api://${options.publicHost}/${options.clientId}/access_as_user`;
}

const ROLES: readonly Role[] = ['admin', 'leadership', 'officer'];

/**
 * `GT_ENTRA_GROUP_ROLES`: `groupId=role` pairs separated by commas, e.g.
 * `1b4f…=admin,7c2e…=leadership`. Anything else is refused with the pair named.
 */
export function parseGroupRoles(text: string | undefined): Record<string, Role> {
  const map: Record<string, Role> = {};
  if (!text?.trim()) return map;
  for (const pair of text.split(',')) {
    const [group, role] = pair.split('=').map((s) => s.trim());
    if (!group || !role || !ROLES.includes(role as Role)) {
      throw new Error(`"${pair.trim()}" is not groupId=role with role one of ${ROLES.join(', ')}`);
    }
    map[group] = role as Role;
  }
  return map;
}
