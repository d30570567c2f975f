// Every request is tied to a person. Locally (GT_MODE=local) the tab's sign-in-as picker sets a
// development identity (cookie `gt_user`, or header `X-GT-User` for scripts and tests); in tenant
// mode those are ignored and an Entra ID access token is required instead (server/auth/ validates
// it and maps its `oid` to a person). A request with no identity never reaches a handler.
import type { Request } from 'express';
import type { Person } from '../../domain/model/types.js';
import type { Store } from '../../domain/ports/store.js';
import { tenantAuthenticator } from '../auth/tenant-identity.js';
import { UnauthenticatedError } from './errors.js';

export const DEV_COOKIE = 'gt_user';
export const DEV_HEADER = 'x-gt-user';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export async function findPerson(store: Store, idOrEmail: string): Promise<Person | null> {
  const key = idOrEmail.trim();
  if (!key || key.length > 320) return null;
  const byId = await store.get('people', key);
  if (byId) return { ...byId.fields, id: byId.id };
  const byEmail = await store.query('people', { email: key.toLowerCase() });
  const found = byEmail[0];
  return found ? { ...found.fields, id: found.id } : null;
}

export interface IdentityOptions {
  mode: 'local' | 'tenant';
}

export async function identify(
  req: Request,
  store: Store,
  options: IdentityOptions,
): Promise<Person> {
  if (options.mode === 'tenant') {
    // The dev header and cookie are never read here: in a tenant only a token says who you are.
    const authenticate = tenantAuthenticator(req);
    if (!authenticate) {
      throw new UnauthenticatedError(
        'Sign in with your Microsoft 365 account (Entra ID token required)',
      );
    }
    return authenticate();
  }
  const claimed = (req.headers[DEV_HEADER] as string | undefined) ?? readCookie(req, DEV_COOKIE);
  if (!claimed)
    throw new UnauthenticatedError('Sign in first: choose who you are in the sign-in picker');
  const person = await findPerson(store, claimed);
  if (!person)
    throw new UnauthenticatedError('That sign-in does not match anyone here; sign in again');
  return person;
}
