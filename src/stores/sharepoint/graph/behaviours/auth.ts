// App-only authentication: a bearer token for the Graph scope from an @azure/identity
// TokenCredential (client secret, certificate or managed identity), refreshed shortly before it
// expires. https://learn.microsoft.com/graph/auth-v2-service
import type { Context } from '@microsoft/microsoft-graph-client';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { Behaviour, setHeader } from './behaviour.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const REFRESH_MARGIN_MS = 2 * 60 * 1000;

export class AuthBehaviour extends Behaviour {
  private token: AccessToken | null = null;

  constructor(
    private readonly credential: TokenCredential,
    private readonly scope: string = GRAPH_SCOPE,
  ) {
    super();
  }

  private async bearer(): Promise<string> {
    if (!this.token || this.token.expiresOnTimestamp - REFRESH_MARGIN_MS < Date.now()) {
      const token = await this.credential.getToken(this.scope);
      if (!token) throw new Error('the credential returned no token for Microsoft Graph');
      this.token = token;
    }
    return this.token.token;
  }

  async execute(context: Context): Promise<void> {
    setHeader(context, 'Authorization', `Bearer ${await this.bearer()}`);
    await this.next(context);
  }
}

/** A fixed token, for the local emulator (which checks it like Graph checks a real one). */
export function staticTokenCredential(token: string): TokenCredential {
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}
