// Validates an Entra ID access token for the API: signature against the tenant's published signing
// keys, then audience, issuer, expiry and tenant (Microsoft identity platform, "Validate tokens":
// https://learn.microsoft.com/entra/identity-platform/access-tokens#validate-tokens). Any failure is
// one UnauthenticatedError whose message says which check failed, never the token itself.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { UnauthenticatedError } from '../http/errors.js';
import {
  acceptedAudiences,
  acceptedIssuers,
  jwksUrlFor,
  type EntraOptions,
} from './entra-options.js';

export interface EntraClaims {
  /** The person's Entra object id, which is their person id in the store. */
  oid: string;
  tid: string;
  name: string | null;
  preferredUsername: string | null;
  groups: string[];
  scopes: string[];
  /** When the token expires (ms since the epoch): how long its verified identity may be reused. */
  expiresAt: number;
}

export type TokenVerifier = (token: string, now: Date) => Promise<EntraClaims>;

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

function toClaims(payload: JWTPayload, tenantId: string): EntraClaims {
  const tid = str(payload.tid);
  if (tid !== tenantId) throw new UnauthenticatedError('The token is from another tenant');
  const oid = str(payload.oid);
  if (!oid) throw new UnauthenticatedError('The token names no user (oid)');
  const scopes = (str(payload.scp) ?? '').split(' ').filter(Boolean);
  // Only delegated tokens the tab obtained for a signed-in person; app-only tokens have no scp.
  if (!scopes.includes('access_as_user')) {
    throw new UnauthenticatedError('The token lacks the access_as_user scope');
  }
  const groups = Array.isArray(payload.groups)
    ? payload.groups.filter((g): g is string => typeof g === 'string')
    : [];
  return {
    oid,
    tid,
    name: str(payload.name),
    preferredUsername: str(payload.preferred_username) ?? str(payload.upn),
    groups,
    scopes,
    // jwtVerify required `exp`, so it is a number here.
    expiresAt: Number(payload.exp) * 1000,
  };
}

function describeJoseError(e: unknown): string {
  if (e instanceof errors.JWTExpired) return 'The token has expired';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'aud') return 'The token is for another audience';
    if (e.claim === 'iss') return 'The token is from another issuer';
    if (e.claim === 'nbf') return 'The token is not valid yet';
    return `The token's ${e.claim} claim is not acceptable`;
  }
  if (e instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  if (e instanceof errors.JWKSNoMatchingKey) return 'The token is signed by an unknown key';
  if (e instanceof errors.JOSEError) return 'The token is not a valid Entra ID access token';
  return 'The token could not be checked';
}

export function createEntraVerifier(options: EntraOptions): TokenVerifier {
  // jose caches the key set and refetches on an unknown `kid` (key rollover), with a cool-down.
  const keys = createRemoteJWKSet(jwksUrlFor(options), { timeoutDuration: 5000 });
  const audience = acceptedAudiences(options);
  const issuer = acceptedIssuers(options);
  return async (token, now) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        audience,
        issuer,
        algorithms: ['RS256'],
        currentDate: now,
        clockTolerance: 60,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (e) {
      throw new UnauthenticatedError(describeJoseError(e));
    }
    return toClaims(payload, options.tenantId);
  };
}
