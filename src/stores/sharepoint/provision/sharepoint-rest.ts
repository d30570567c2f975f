// PnPjs on Node, talking SharePoint REST for what Graph cannot do (list views). No @pnp/nodejs:
// spfi with PnPjs's own default headers, init, fetch-with-retry (429/503/504, honouring
// Retry-After) and JSON parsing, plus one behaviour of ours that puts an @azure/identity bearer
// token on each request and counts it. https://pnp.github.io/pnpjs/queryable/behaviors/
// A tenant's token is for the site's host (`https://contoso.sharepoint.com/.default`), not Graph;
// SharePoint REST accepts app-only tokens only from a certificate credential, not a client secret
// (https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-apponly-azuread).
import type { TokenCredential } from '@azure/identity';
import { BrowserFetchWithRetry, DefaultParse, type Queryable } from '@pnp/queryable';
import { spfi, type SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/views/index.js';

export interface RestStats {
  requestCount: number;
}

/** The behaviour: a bearer token from the credential on every request, and a request count. */
export function BearerFromCredential(credential: TokenCredential, scope: string, stats: RestStats) {
  return (instance: Queryable): Queryable => {
    instance.on.auth(async (url, init) => {
      const token = await credential.getToken(scope);
      if (!token) throw new Error(`the credential returned no token for ${scope}`);
      stats.requestCount += 1;
      init.headers = {
        ...(init.headers as Record<string, string>),
        Authorization: `Bearer ${token.token}`,
      };
      return [url, init];
    });
    return instance;
  };
}

/**
 * Where SharePoint REST lives for a site: the site's own URL in a tenant; on the local emulator
 * (any Graph base URL that is not graph.microsoft.com), `{emulator origin}/_sp/{host}{path}`.
 */
export function restBaseFor(webUrl: string, graphBaseUrl: string): string {
  const graph = new URL(graphBaseUrl);
  if (graph.hostname === 'graph.microsoft.com') return webUrl.replace(/\/+$/, '');
  const site = new URL(webUrl);
  return `${graph.origin}/_sp/${site.hostname}${site.pathname.replace(/\/+$/, '')}`;
}

export interface SharePointRestOptions {
  webUrl: string;
  graphBaseUrl: string;
  credential: TokenCredential;
  stats?: RestStats;
}

export function createSharePointRest(options: SharePointRestOptions): {
  sp: SPFI;
  stats: RestStats;
} {
  const stats = options.stats ?? { requestCount: 0 };
  const scope = `https://${new URL(options.webUrl).hostname}/.default`;
  const sp = spfi(restBaseFor(options.webUrl, options.graphBaseUrl)).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: 3 }),
    DefaultParse(),
    BearerFromCredential(options.credential, scope, stats),
  );
  return { sp, stats };
}
