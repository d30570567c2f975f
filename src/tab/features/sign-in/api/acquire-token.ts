// A token for the app's API, inside Teams. Nested app authentication first (MSAL in the tab, the
// host brokering: Microsoft's recommended path where the host offers it), then Teams SSO
// (authentication.getAuthToken) where it does not (older hosts, and the test stand-in).
// https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
import type { TeamsHost } from '../../../teams/index.js';
import type { TokenSource } from '../../../shared/api/index.js';
import type { AuthConfig } from './get-auth-config.js';

async function naaToken(config: AuthConfig): Promise<string> {
  // MSAL is large, so only hosts that offer NAA download it.
  const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
  const pca = await createNestablePublicClientApplication({
    auth: {
      clientId: config.clientId!,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
    },
  });
  const scopes = [config.scope!];
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  try {
    if (account) return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
  } catch {
    // Consent or a fresh sign-in is needed: the host shows its own prompt below.
  }
  return (await pca.acquireTokenPopup({ scopes })).accessToken;
}

function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/** A cached token source: a new token five minutes before the old one expires, or on request. */
export function hostTokenSource(host: TeamsHost, config: AuthConfig): TokenSource {
  let cached: { token: string; expires: number } | null = null;
  const fetchToken = async (): Promise<string> => {
    if (host.naaRecommended && config.clientId && config.scope) {
      try {
        return await naaToken(config);
      } catch {
        // Fall through to Teams SSO.
      }
    }
    if (!host.getAuthToken) throw new Error('This host offers no way to sign in');
    return host.getAuthToken();
  };
  return async (fresh = false) => {
    if (!fresh && cached && cached.expires - Date.now() > 5 * 60_000) return cached.token;
    const token = await fetchToken();
    cached = { token, expires: expiryOf(token) };
    return token;
  };
}
