// The local Graph emulator: an HTTP server on 127.0.0.1 that answers the Graph calls the
// SharePoint store and provisioning make, strictly (see routes.ts and the files it uses for the
// documented behaviour each one follows). State lives in memory and survives kill()/restart(),
// so tests can kill it mid-write and look at what landed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { runBatch, type BatchPart } from './batch.js';
import { errorResponse, GraphHttpError, type GraphResponse } from './errors.js';
import {
  addSite,
  createTenantState,
  type ResyncCode,
  type SiteRecord,
  type TenantState,
} from './model.js';
import { routeGraph, type GraphRequest, type RouteEnv } from './routes.js';
import { restAccessDenied, routeSharePointRest } from './sharepoint-rest.js';
import {
  accessDenied,
  grantOf,
  grantSiteTo,
  issueTokenFor,
  MANAGED_IDENTITY_GRANT,
  siteAccess,
  siteRoleFor,
  type SiteRole,
  type TokenGrant,
} from './permissions.js';
import { findSite } from './lists.js';
import { createThrottle, type ThrottleOptions } from './throttle.js';

export type FaultAction = { status: number; code?: string; retryAfter?: number } | 'kill';

export interface FaultInfo {
  method: string;
  path: string;
  inBatch: boolean;
  /** Requests (batch parts included) seen so far, this one included. */
  count: number;
}

export interface GraphEmulatorOptions {
  port?: number;
  token?: string;
  throttle?: ThrottleOptions;
  now?: () => Date;
  state?: TenantState;
}

export interface GraphEmulator {
  /** `http://127.0.0.1:port` */
  origin: string;
  /** `http://127.0.0.1:port/v1.0`: the Graph base URL to configure. */
  baseUrl: string;
  /**
   * The server's own token: the managed identity's grant in a correct deployment (Graph
   * Sites.Selected with `manage` on every emulated site, AppCatalog.Read.All), no Teams install
   * role and no SharePoint REST role (permissions.ts).
   */
  token: string;
  /**
   * A token carrying these app roles (Graph's in `roles`, SharePoint's in `sharePointRoles`),
   * obtained with `credential` (default certificate); a fresh app id unless one is given.
   */
  issueToken(grant: {
    appId?: string;
    roles: readonly string[];
    sharePointRoles?: readonly string[];
    credential?: TokenGrant['credential'];
  }): string;
  /** Grants (or, with null, removes) an app's role on a site, as `POST /sites/{id}/permissions`. */
  grantSite(siteId: string, appId: string, role: SiteRole | null): void;
  state: TenantState;
  addSite(site?: { id?: string; hostname?: string; path?: string }): SiteRecord;
  stats(): { requests: number; throttled: number };
  configureThrottle(options: ThrottleOptions): void;
  /** Called for every request and batch part; a returned action replaces the normal answer. */
  setFault(hook: ((info: FaultInfo) => FaultAction | undefined) | null): void;
  /**
   * Expires every delta token issued so far (for one list by id, or all): later calls with them
   * answer 410 Gone with `code` and a Location to start again, as Graph does (delta.ts).
   */
  expireDeltaTokens(options?: { listId?: string; code?: ResyncCode }): void;
  /** false: delta links forget the first request's $select/$expand (a fault; see delta.ts). */
  setDeltaLinksKeepQuery(keep: boolean): void;
  /** Drops every connection and stops listening, as a crashed process would. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

class KilledError extends Error {}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphHttpError(400, 'BadRequest', 'The request body is not valid JSON');
  }
}

function lowerHeaders(headers: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [
      k.toLowerCase(),
      v === undefined ? undefined : String(v),
    ]),
  );
}

export async function startGraphEmulator(
  options: GraphEmulatorOptions = {},
): Promise<GraphEmulator> {
  const state = options.state ?? createTenantState();
  const token = issueTokenFor(state, MANAGED_IDENTITY_GRANT, options.token);
  // Step 4 of docs/deployment.md, done for every site: the identity may manage it, no more.
  const withServerGrant = (site: SiteRecord): SiteRecord => {
    grantSiteTo(state, site.id, MANAGED_IDENTITY_GRANT.appId, 'manage');
    return site;
  };
  for (const site of state.sites.values()) withServerGrant(site);
  const now = options.now ?? (() => new Date());
  const throttle = createThrottle(options.throttle ?? {}, () => Date.now());
  let fault: ((info: FaultInfo) => FaultAction | undefined) | null = null;
  let requests = 0;
  let port = options.port ?? 0;
  let server: Server;
  const sockets = new Set<Socket>();
  const env: RouteEnv = { state, now, baseUrl: '', deltaLinksKeepQuery: true };

  const kill = async (): Promise<void> => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };

  const answerOne = (
    req: GraphRequest,
    inBatch: boolean,
    route: (env: RouteEnv, req: GraphRequest) => GraphResponse = routeGraph,
  ): GraphResponse => {
    requests += 1;
    const action = fault?.({ method: req.method, path: req.path, inBatch, count: requests });
    if (action === 'kill') throw new KilledError();
    if (action) {
      const headers: Record<string, string> = action.retryAfter
        ? { 'retry-after': String(action.retryAfter) }
        : {};
      return errorResponse(
        new GraphHttpError(
          action.status,
          action.code ?? 'injectedFault',
          'Injected fault',
          headers,
        ),
      );
    }
    try {
      throttle.admit();
    } catch (error) {
      return errorResponse(error as GraphHttpError);
    }
    if (route === routeGraph) {
      const denied = sitesDenied(req);
      if (denied) return errorResponse(denied);
    }
    return route(env, req);
  };

  /** `/sites/{id}/…` needs a Sites role, and with Sites.Selected the site's grant (permissions.ts). */
  const sitesDenied = (req: GraphRequest): GraphHttpError | null => {
    const m = /^\/sites\/([^/]+)/.exec(req.path);
    if (!m || !req.grant) return m ? accessDenied('Access denied') : null;
    let siteId: string;
    try {
      siteId = findSite(state, m[1]!).id;
    } catch {
      return null; // the route answers 404, as Graph does for a site that is not there
    }
    const needed = siteRoleFor(req.method, req.path);
    const access = siteAccess(state, siteId, req.grant.appId, req.grant.roles, needed);
    return access.ok ? null : accessDenied(`Access denied: ${access.why}`);
  };

  const partRequest = (part: BatchPart, grant: TokenGrant): GraphRequest => {
    const url = new URL(part.url.startsWith('/') ? part.url : `/${part.url}`, 'http://batch');
    return {
      method: part.method.toUpperCase(),
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: lowerHeaders(part.headers ?? {}),
      body: part.body,
      grant,
    };
  };

  const handle = async (req: IncomingMessage): Promise<GraphResponse> => {
    const url = new URL(req.url ?? '/', env.baseUrl);
    const body = await readBody(req);
    if (url.pathname === '/_emulator/sites' && req.method === 'POST') {
      const site = withServerGrant(addSite(state, (body ?? {}) as { id?: string }));
      return {
        status: 201,
        headers: { 'content-type': 'application/json' },
        body: { id: site.id },
      };
    }
    if (url.pathname.startsWith('/_sp/')) {
      // SharePoint REST (list views, which Graph cannot create): see sharepoint-rest.ts. The
      // emulator's tokens serve both APIs; a tenant's would be for the `https://{hostname}`
      // resource and carry SharePoint's roles, which the grant keeps apart (sharePointRoles).
      const grant = grantOf(state, req.headers.authorization);
      if (!grant) return restAccessDenied();
      const rest: GraphRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname.slice('/_sp/'.length)),
        query: url.searchParams,
        headers: lowerHeaders(req.headers),
        body,
        grant,
      };
      return answerOne(rest, false, (e, r) => routeSharePointRest(e.state, r));
    }
    if (!url.pathname.startsWith('/v1.0/')) {
      return errorResponse(
        new GraphHttpError(400, 'BadRequest', 'Only the v1.0 endpoint is emulated'),
      );
    }
    // Every Graph call carries a bearer token: https://learn.microsoft.com/graph/auth/auth-concepts
    const grant = grantOf(state, req.headers.authorization);
    if (!grant) {
      return errorResponse(
        new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid', {
          'www-authenticate': 'Bearer',
        }),
      );
    }
    const path = decodeURIComponent(url.pathname.slice('/v1.0'.length));
    if (path === '/$batch' && req.method === 'POST') {
      return runBatch(body, async (part) => answerOne(partRequest(part, grant), true));
    }
    return answerOne(
      {
        method: req.method ?? 'GET',
        path,
        query: url.searchParams,
        headers: lowerHeaders(req.headers),
        body,
        grant,
      },
      false,
    );
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req).then(
      (response) => {
        res.writeHead(response.status, response.headers);
        res.end(
          response.body === null || response.body === undefined
            ? undefined
            : JSON.stringify(response.body),
        );
      },
      (error: unknown) => {
        if (error instanceof KilledError) {
          void kill();
          return;
        }
        const graphError =
          error instanceof GraphHttpError
            ? error
            : new GraphHttpError(500, 'generalException', String(error));
        const response = errorResponse(graphError);
        res.writeHead(response.status, response.headers);
        res.end(JSON.stringify(response.body));
      },
    );
  };

  const listen = async (): Promise<void> => {
    server = createServer(onRequest);
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.address() as AddressInfo).port;
    env.baseUrl = `http://127.0.0.1:${port}/v1.0`;
  };
  await listen();

  return {
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    get baseUrl() {
      return env.baseUrl;
    },
    token,
    state,
    addSite: (site) => withServerGrant(addSite(state, site ?? {})),
    issueToken: (grant) => issueTokenFor(state, grant),
    grantSite: (siteId, appId, role) => grantSiteTo(state, siteId, appId, role),
    stats: () => ({ requests, throttled: throttle.throttled }),
    configureThrottle: (next) => throttle.configure(next),
    setFault(hook) {
      fault = hook;
    },
    expireDeltaTokens({ listId, code = 'resyncChangesApplyDifferences' } = {}) {
      for (const site of state.sites.values()) {
        for (const list of site.lists.values()) {
          if (listId !== undefined && list.id !== listId) continue;
          list.deltaEpoch += 1;
          list.resyncCode = code;
        }
      }
    },
    setDeltaLinksKeepQuery(keep) {
      env.deltaLinksKeepQuery = keep;
    },
    kill,
    restart: listen,
    async close() {
      if (server.listening) await kill();
    },
  };
}
