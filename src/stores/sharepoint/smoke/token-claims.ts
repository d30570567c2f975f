// Reads the claims of an access token the way any client may: Entra's access tokens are JWTs whose
// payload names the app (`appid`), how it authenticated (`appidacr`: 1 client secret, 2 certificate
// or assertion) and its application permissions (`roles`)
// (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference). The
// signature is not checked: the smoke kit only reports what the token says. Never logged.
export interface TokenClaims {
  appId: string | null;
  roles: string[];
  /** `client secret`, `certificate or assertion`, or null when the token does not say. */
  authenticatedWith: string | null;
}

export function claimsOf(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const acr = claims.appidacr ?? claims.azpacr;
    return {
      appId: typeof claims.appid === 'string' ? claims.appid : null,
      roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
      authenticatedWith:
        acr === '1' ? 'client secret' : acr === '2' ? 'certificate or assertion' : null,
    };
  } catch {
    return null;
  }
}
