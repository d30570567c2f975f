// A first look at the Authorization header, before botbuilder's full check. botbuilder fetches the
// Bot Framework signing keys (from login.botframework.com) for any token whose issuer it knows,
// before it looks at the signature, audience or expiry; offline or with a forged token that fetch
// failed as a 500 with the network error in the body (#15 D2). What can be refused from the token's
// own text is refused here; what passes still gets botbuilder's complete validation.
import { decodeJwt, decodeProtectedHeader } from 'jose';

/** botbuilder's AuthenticationConstants.AllowedSigningAlgorithms. */
const ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
/** botbuilder's clock tolerance for token lifetimes (channelValidation.js: 5 minutes). */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;
const BEARER = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

export type TokenRefusal =
  'missing' | 'not-bearer' | 'malformed' | 'unsigned' | 'algorithm' | 'audience' | 'expired';

/**
 * Why this header cannot carry a valid Bot Framework token for `appId`, or null to hand it over.
 * With an empty `appId` (local mode) there is nothing to check.
 */
export function tokenRefusal(
  header: string | undefined,
  appId: string,
  now: number,
): TokenRefusal | null {
  // Without an app id botbuilder runs anonymously and ignores the header altogether
  // (parameterizedBotFrameworkAuthentication.js: isAuthenticationDisabled), so must we.
  if (!appId) return null;
  if (header === undefined || header === '') return 'missing';
  if (header.length > 16_384 || !header.startsWith('Bearer ')) return 'not-bearer';
  const match = BEARER.exec(header);
  if (!match) return 'malformed';
  if (match[3] === '') return 'unsigned';
  const token = `${match[1]}.${match[2]}.${match[3]}`;
  let alg: unknown;
  let kid: unknown;
  let payload: ReturnType<typeof decodeJwt>;
  try {
    ({ alg, kid } = decodeProtectedHeader(token));
    payload = decodeJwt(token);
  } catch {
    return 'malformed';
  }
  if (typeof alg !== 'string' || !ALGORITHMS.has(alg) || typeof kid !== 'string') {
    return 'algorithm';
  }
  if (typeof payload.iss !== 'string') return 'malformed';
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  // botbuilder accepts only its own app id as the audience (credentials.isValidAppId).
  if (!audiences.includes(appId)) return 'audience';
  if (typeof payload.exp !== 'number' || payload.exp * 1000 + CLOCK_TOLERANCE_MS <= now) {
    return 'expired';
  }
  return null;
}
