// A Bot Framework token for the connector in a tenant: the bot's managed identity, or its app id
// and secret (single tenant), for the scope https://api.botframework.com/.default.
import {
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';

const SCOPE = 'https://api.botframework.com/.default';

export function botFrameworkToken(c: {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType?: string;
}): (() => Promise<string>) | undefined {
  if (!c.appId) return undefined;
  let credential: TokenCredential;
  if (c.appType === 'UserAssignedMSI')
    credential = new ManagedIdentityCredential({ clientId: c.appId });
  else
    credential = new ClientSecretCredential(
      c.tenantId ?? 'botframework.com',
      c.appId,
      c.appPassword ?? '',
    );
  return async () => {
    const token = await credential.getToken(SCOPE);
    if (!token) throw new Error('no Bot Framework token');
    return token.token;
  };
}
