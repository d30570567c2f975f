// In tenant mode the person behind a request is the one named by its Entra ID access token: the
// token's `oid` is the person's id in the store (people are keyed by Entra object id), and roles are
// the store's, plus any that the council maps from Entra groups. A middleware attaches a lazy
// authenticator to each /api request, so only routes that need a person pay for the check (the bot
// endpoint carries Bot Framework tokens and never runs it).
import type { Request, RequestHandler } from 'express';
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { Person, Role } from '../../domain/model/types.js';
import type { Store } from '../../domain/ports/store.js';
import { UnauthenticatedError } from '../http/errors.js';
import { IdentityCache } from './identity-cache.js';
import type { EntraClaims, TokenVerifier } from './verify-entra-token.js';

export interface TenantIdentityDeps {
  store: Store;
  clock: { now(): Date };
  verify: TokenVerifier;
  groupRoles?: Record<string, Role>;
  /** Verified identities by token (identity-cache.ts); none: every request is checked afresh. */
  cache?: IdentityCache;
}

type Authenticate = () => Promise<Person>;
const authenticators = new WeakMap<Request, Authenticate>();

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

export async function personForClaims(deps: TenantIdentityDeps, claims: EntraClaims) {
  const item = await deps.store.get('people', claims.oid);
  if (!item) {
    throw new ForbiddenError(
      'Your account is not set up in Golden Thread yet: ask the performance team to add you',
    );
  }
  const fromGroups = claims.groups
    .map((g) => deps.groupRoles?.[g])
    .filter((r): r is Role => r !== undefined);
  const roles = [...new Set<Role>([...item.fields.roles, ...fromGroups])];
  return { ...item.fields, id: item.id, roles } satisfies Person;
}

export async function authenticateRequest(req: Request, deps: TenantIdentityDeps): Promise<Person> {
  const token = bearerToken(req);
  if (!token) {
    throw new UnauthenticatedError(
      'Sign in with your Microsoft 365 account (an Entra ID bearer token is required)',
    );
  }
  const now = deps.clock.now();
  const cached = deps.cache?.get(token, now.getTime());
  if (cached) return cached;
  const claims = await deps.verify(token, now);
  const person = await personForClaims(deps, claims);
  deps.cache?.set(token, person, claims.expiresAt, now.getTime());
  return person;
}

/** Mount on /api in tenant mode; identify() then calls the authenticator it attached. */
export function tenantIdentity(deps: TenantIdentityDeps): RequestHandler {
  return (req, _res, next) => {
    let once: Promise<Person> | null = null;
    authenticators.set(req, () => (once ??= authenticateRequest(req, deps)));
    next();
  };
}

export function tenantAuthenticator(req: Request): Authenticate | undefined {
  return authenticators.get(req);
}
