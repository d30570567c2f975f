// What a bearer token may do in the emulated tenant: the app roles (application permissions) its
// app holds, how the token was obtained, and the per-site grants that `Sites.Selected` needs.
// A real tenant keeps the roles in the token (`roles` claim) and the site grants in SharePoint; the
// emulator keeps both beside the tenant state (permissionsOf), so the lists model is untouched.
//
// Sources for the rules below:
// - Every SharePoint-through-Graph page's permission table names the least privileged app role:
//   read (site-get, list-list, listitem-list, listitem-delta: Sites.Read.All), item writes
//   (listitem-create, listitem-update, listitem-delete: Sites.ReadWrite.All), lists and columns
//   (list-create, list-post-columns, columndefinition-update: Sites.Manage.All).
// - Sites.Selected grants nothing until the site itself names the app with a role (read, write,
//   manage/owner, fullcontrol): "Overview of Selected permissions in OneDrive and SharePoint"
//   (https://learn.microsoft.com/graph/permissions-selected-overview) and site-post-permissions
//   (https://learn.microsoft.com/graph/api/site-post-permissions).
// - SharePoint REST has app roles of its own (the "SharePoint" API's Sites.Selected, beside
//   Graph's); one site grant serves both APIs: "Understanding Resource Specific Consent for
//   Microsoft Graph and SharePoint Online"
//   (https://learn.microsoft.com/sharepoint/dev/sp-add-ins-modernize/understanding-rsc-for-msgraph-and-sharepoint-online).
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from './errors.js';
import type { TenantState } from './model.js';

/** How the app got its token: SharePoint REST tells these apart (sharepoint-rest.ts). */
export type TokenCredentialKind = 'secret' | 'certificate' | 'managed-identity' | 'federated';

export interface TokenGrant {
  /** The app (client) id the token is for, its `appid` claim. */
  appId: string;
  /** Microsoft Graph app roles. */
  roles: readonly string[];
  /** SharePoint's own app roles (a token for `https://{tenant}.sharepoint.com`). */
  sharePointRoles: readonly string[];
  credential: TokenCredentialKind;
}

export type SiteRole = 'read' | 'write' | 'manage' | 'fullcontrol';

/** The emulator's stand-in for the server's user-assigned managed identity (its client id). */
export const MANAGED_IDENTITY_APP_ID = '6d1f0c2e-5a4b-4e3d-9c8b-7a6f5e4d3c2b';

/**
 * What the server's managed identity holds in a correct deployment (docs/deployment.md): Graph's
 * Sites.Selected with `manage` on the council's site (grant-sites-selected.sh), and
 * AppCatalog.Read.All for the deep links' catalogue id (src/server/teams-link-app-id.ts). No Teams
 * install role (installs run as the registration) and no SharePoint REST role.
 */
export const MANAGED_IDENTITY_GRANT: TokenGrant = {
  appId: MANAGED_IDENTITY_APP_ID,
  roles: ['Sites.Selected', 'AppCatalog.Read.All'],
  sharePointRoles: [],
  credential: 'managed-identity',
};

interface PermissionsState {
  tokens: Map<string, TokenGrant>;
  /** site id → app id → role on that site. */
  sites: Map<string, Map<string, SiteRole>>;
}

const permissions = new WeakMap<TenantState, PermissionsState>();

export function permissionsOf(state: TenantState): PermissionsState {
  let p = permissions.get(state);
  if (!p) {
    p = { tokens: new Map(), sites: new Map() };
    permissions.set(state, p);
  }
  return p;
}

/**
 * A token shaped as Entra's access tokens are (header.payload.signature, base64url JSON), so a
 * client can read its `roles` and `appidacr` claims as it would a tenant's ("Access token claims
 * reference": https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference;
 * appidacr 1 = client secret, 2 = certificate or assertion). Unsigned: only the emulator takes it.
 */
function tokenText(grant: TokenGrant): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    part({ typ: 'JWT', alg: 'none' }),
    part({
      aud: 'https://graph.microsoft.com',
      appid: grant.appId,
      appidacr: grant.credential === 'secret' ? '1' : '2',
      roles: grant.roles,
      // The emulator's one token serves SharePoint REST too; a tenant issues a second token.
      sharepoint_roles: grant.sharePointRoles,
      jti: randomUUID(),
    }),
    'emulator',
  ].join('.');
}

export function issueTokenFor(
  state: TenantState,
  grant: Partial<TokenGrant> & { roles: readonly string[] },
  token?: string,
): string {
  const full: TokenGrant = {
    appId: grant.appId ?? randomUUID(),
    roles: [...grant.roles],
    sharePointRoles: [...(grant.sharePointRoles ?? [])],
    credential: grant.credential ?? 'certificate',
  };
  const text = token ?? tokenText(full);
  permissionsOf(state).tokens.set(text, full);
  return text;
}

export function grantOf(state: TenantState, authorization: string | undefined): TokenGrant | null {
  const m = /^Bearer (.+)$/.exec(authorization ?? '');
  return m ? (permissionsOf(state).tokens.get(m[1]!) ?? null) : null;
}

/** A site permission as `POST /sites/{id}/permissions` would create it; `null` removes it. */
export function grantSiteTo(
  state: TenantState,
  siteId: string,
  appId: string,
  role: SiteRole | null,
): void {
  const p = permissionsOf(state);
  let apps = p.sites.get(siteId);
  if (!apps) p.sites.set(siteId, (apps = new Map()));
  if (role) apps.set(appId, role);
  else apps.delete(appId);
}

const LEVEL: Record<SiteRole, number> = { read: 1, write: 2, manage: 3, fullcontrol: 4 };
const TENANT_WIDE: Record<string, SiteRole> = {
  'Sites.Read.All': 'read',
  'Sites.ReadWrite.All': 'write',
  'Sites.Manage.All': 'manage',
  'Sites.FullControl.All': 'fullcontrol',
};

/**
 * Whether app roles plus the site's grants allow `needed` on a site. `roles` are the roles of the
 * API being called (Graph's for Graph, SharePoint's for SharePoint REST).
 */
export function siteAccess(
  state: TenantState,
  siteId: string,
  appId: string,
  roles: readonly string[],
  needed: SiteRole,
): { ok: true } | { ok: false; why: string } {
  for (const role of roles) {
    const level = TENANT_WIDE[role];
    if (level && LEVEL[level] >= LEVEL[needed]) return { ok: true };
  }
  if (!roles.includes('Sites.Selected')) {
    return {
      ok: false,
      why: `the token has no Sites permission (roles: ${roles.join(', ') || 'none'})`,
    };
  }
  const granted = permissionsOf(state).sites.get(siteId)?.get(appId);
  if (!granted) return { ok: false, why: 'Sites.Selected, but the site has not granted this app' };
  if (LEVEL[granted] < LEVEL[needed]) {
    return { ok: false, why: `the site grants this app ${granted}; this needs ${needed}` };
  }
  return { ok: true };
}

/** Graph's 403 for a missing permission (https://learn.microsoft.com/graph/errors: accessDenied). */
export function accessDenied(message: string): GraphHttpError {
  return new GraphHttpError(403, 'accessDenied', message);
}

/**
 * The site role a Graph request under `/sites/{id}` needs, after the permission tables of the pages
 * in the header: reads need read, item writes need write, lists and columns need manage.
 */
export function siteRoleFor(method: string, path: string): SiteRole {
  if (method === 'GET') return 'read';
  if (/\/lists\/[^/]+\/items(\/|$)/.test(path)) return 'write';
  return 'manage';
}

/** One of `anyOf` app roles, or Graph's 403 naming what the API needs and what the token had. */
export function requireRole(grant: TokenGrant | undefined, anyOf: readonly string[]): string {
  const held = grant?.roles.find((r) => anyOf.includes(r));
  if (held) return held;
  throw accessDenied(
    `Missing role permissions on the request. API requires one of '${anyOf.join(', ')}'. ` +
      `Roles on the request '${grant?.roles.join(', ') ?? ''}'.`,
  );
}
