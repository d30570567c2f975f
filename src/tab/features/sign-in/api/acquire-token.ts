// A token for the app's API, inside Teams. Nested app authentication first (MSAL in the tab, the
// host brokering: Microsoft's recommended path where the host offers it), then Teams SSO
// (authentication.getAuthToken) where it does not (older hosts, and the test stand-in).
// https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
import type { HostContext, TeamsHost } from '../../../teams/index.js';
import type { TokenSource } from '../../../shared/api/index.js';
import { accountHint } from './account-hint.js';
import type { AuthConfig } from './get-auth-config.js';

async function naaToken(config: AuthConfig, context: HostContext): Promise<string> {
  // MSAL is large, so only hosts that offer NAA download it.
  const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
  const pca = await createNestablePublicClientApplication({
    auth: {
      clientId: config.clientId!,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
    },
  });
  const scopes = [config.scope!];
  const hint = accountHint(context);
  const account =
    (hint.homeAccountId || hint.loginHint ? pca.getAccount(hint) : null) ??
    pca.getActiveAccount() ??
    pca.getAllAccounts()[0];
  if (account) pca.setActiveAccount(account);
  try {
    if (account) return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
    // No cached account yet (first run): the host may still sign this person in silently.
    if (hint.loginHint)
      return (await pca.ssoSilent({ scopes, loginHint: hint.loginHint })).accessToken;
  } catch {
    // Consent or a fresh sign-in is needed: the host shows its own prompt below. The first time,
    // that prompt is the consent to access_as_user unless an administrator has already granted
    // it for everyone (docs/deployment.md, "First-run consent").
  }
  return (await pca.acquireTokenPopup({ scopes, loginHint: hint.loginHint })).accessToken;
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
        return await naaToken(config, host.context);
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
