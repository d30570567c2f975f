// One Graph request (from the wire or from inside a $batch) to one response. Paths are relative to
// the version segment, e.g. `/sites/{site-id}/lists/{list-id}/items`.
import {
  assertCurrent,
  decodeToken,
  deltaPage,
  encodeToken,
  freshToken,
  type DeltaToken,
} from './delta.js';
import { errorResponse, GraphHttpError, notFound, type GraphResponse } from './errors.js';
import {
  createItem,
  deleteItem,
  fieldsOf,
  findItem,
  itemShape,
  pageSize,
  queryItems,
  updateFields,
  type ItemContext,
} from './items.js';
import {
  addColumn,
  columnShape,
  createList,
  findList,
  findSite,
  listShape,
  siteShape,
  updateColumn,
} from './lists.js';
import { etagOf, type TenantState } from './model.js';
import { parseItemQuery } from './odata.js';
import { routeTeamsApps } from './teams-apps.js';
import type { TokenGrant } from './permissions.js';

export interface GraphRequest {
  method: string;
  /** Decoded path after the version, starting with `/`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: unknown;
  /** What the caller's bearer token may do (permissions.ts); the server sets it on every request. */
  grant?: TokenGrant;
}

export interface RouteEnv {
  state: TenantState;
  now: () => Date;
  /** `http://127.0.0.1:port/v1.0`, for the links the emulator hands out. */
  baseUrl: string;
  /** Delta links carry the first request's options, as documented (false: a fault, delta.ts). */
  deltaLinksKeepQuery: boolean;
}

const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

function linkWith(env: RouteEnv, req: GraphRequest, key: string, value: string): string {
  const params = new URLSearchParams(req.query);
  params.set(key, value);
  return `${env.baseUrl}${req.path}?${params.toString()}`;
}

function listItems(env: RouteEnv, req: GraphRequest, ctx: ItemContext): GraphResponse {
  const query = parseItemQuery(req.query);
  const matches = queryItems(ctx.list, query, req.headers.prefer ?? '');
  const offset = query.skipToken ? Number(query.skipToken) : 0;
  const size = pageSize(query);
  const page = matches.slice(offset, offset + size);
  const body: Record<string, unknown> = { value: page.map((i) => itemShape(ctx, i, query)) };
  if (offset + size < matches.length) {
    body['@odata.nextLink'] = linkWith(env, req, '$skiptoken', String(offset + size));
  }
  return json(200, body);
}

function delta(env: RouteEnv, req: GraphRequest, ctx: ItemContext): GraphResponse {
  const own = new URLSearchParams(req.query);
  const tokenText = own.get('token');
  own.delete('token');
  const base = `${env.baseUrl}${req.path}`;
  const link = (token: DeltaToken) => `${base}?token=${encodeToken(token)}`;
  let token: DeltaToken;
  if (tokenText === null) token = freshToken(ctx.list, own.toString());
  else if (tokenText === 'latest') {
    token = { ...freshToken(ctx.list, own.toString()), after: ctx.list.changeSeq, full: false };
  } else {
    token = decodeToken(tokenText);
    assertCurrent(ctx.list, token, link(freshToken(ctx.list, token.query)));
  }
  // The token's options apply; any given beside it add to them.
  const params = new URLSearchParams(token.query);
  for (const [key, value] of own) params.set(key, value);
  const query = parseItemQuery(params);
  // A fault for the store's tests: a service whose links forget the first request's options.
  if (!env.deltaLinksKeepQuery) token = { ...token, query: '' };
  const page = deltaPage(ctx.list, token, pageSize(query));
  const body: Record<string, unknown> = {
    value: page.entries.map((e) =>
      'item' in e
        ? itemShape(ctx, e.item, query, true)
        : { id: String(e.deletedId), deleted: { state: 'deleted' } },
    ),
  };
  if (page.next) body['@odata.nextLink'] = link(page.next);
  if (page.deltaLink) body['@odata.deltaLink'] = link(page.deltaLink);
  return json(200, body);
}

type Handler = (env: RouteEnv, req: GraphRequest, m: string[]) => GraphResponse;

const ROUTES: [string, RegExp, Handler][] = [
  [
    'GET',
    /^\/sites\/([^/:]+):(\/[^:]*):?$/,
    (env, _r, m) => json(200, siteShape(findSite(env.state, `${m[0]}:${m[1]}`))),
  ],
  ['GET', /^\/sites\/([^/]+)$/, (env, _r, m) => json(200, siteShape(findSite(env.state, m[0]!)))],
  [
    'GET',
    /^\/sites\/([^/]+)\/lists$/,
    (env, _r, m) => {
      const site = findSite(env.state, m[0]!);
      return json(200, { value: [...site.lists.values()].map((l) => listShape(site, l)) });
    },
  ],
  [
    'POST',
    /^\/sites\/([^/]+)\/lists$/,
    (env, req, m) => {
      const site = findSite(env.state, m[0]!);
      return json(201, listShape(site, createList(site, req.body, env.now())));
    },
  ],
  [
    'GET',
    /^\/sites\/([^/]+)\/lists\/([^/]+)$/,
    (env, _r, m) => {
      const site = findSite(env.state, m[0]!);
      return json(200, listShape(site, findList(site, m[1]!)));
    },
  ],
  [
    // Delete a list (https://learn.microsoft.com/graph/api/list-delete): 204, no body; the smoke
    // kit removes its scratch list this way.
    'DELETE',
    /^\/sites\/([^/]+)\/lists\/([^/]+)$/,
    (env, _r, m) => {
      const site = findSite(env.state, m[0]!);
      site.lists.delete(findList(site, m[1]!).id);
      return { status: 204, headers: {}, body: null };
    },
  ],
  [
    'GET',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/,
    (env, _r, m) => {
      const list = findList(findSite(env.state, m[0]!), m[1]!);
      return json(200, { value: [...list.columns.values()].map(columnShape) });
    },
  ],
  [
    'POST',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/,
    (env, req, m) =>
      json(201, columnShape(addColumn(findList(findSite(env.state, m[0]!), m[1]!), req.body))),
  ],
  [
    'PATCH',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns\/([^/]+)$/,
    (env, req, m) =>
      json(
        200,
        columnShape(updateColumn(findList(findSite(env.state, m[0]!), m[1]!), m[2]!, req.body)),
      ),
  ],
  [
    'GET',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items$/,
    (env, req, m) => listItems(env, req, ctx(env, m)),
  ],
  [
    'GET',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/delta$/,
    (env, req, m) => delta(env, req, ctx(env, m)),
  ],
  [
    'POST',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items$/,
    (env, req, m) => {
      const c = ctx(env, m);
      return json(
        201,
        itemShape(c, createItem(c, req.body), {
          ...parseItemQuery(new URLSearchParams()),
          expandFields: true,
        }),
      );
    },
  ],
  [
    'GET',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/(\d+)$/,
    (env, req, m) => {
      const c = ctx(env, m);
      return json(200, itemShape(c, findItem(c.list, m[2]!), parseItemQuery(req.query)));
    },
  ],
  [
    'PATCH',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/(\d+)\/fields$/,
    (env, req, m) => {
      const c = ctx(env, m);
      const item = updateFields(c, m[2]!, req.body, req.headers['if-match']);
      return json(200, fieldsOf(c.list, item, null), { etag: etagOf(item) });
    },
  ],
  [
    'DELETE',
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/(\d+)$/,
    (env, req, m) => {
      deleteItem(ctx(env, m), m[2]!, req.headers['if-match']);
      return { status: 204, headers: {}, body: null };
    },
  ],
];

function ctx(env: RouteEnv, m: string[]): ItemContext {
  const site = findSite(env.state, m[0]!);
  return { siteId: site.id, list: findList(site, m[1]!), now: env.now };
}

export function routeGraph(env: RouteEnv, req: GraphRequest): GraphResponse {
  try {
    for (const [method, pattern, handler] of ROUTES) {
      const match = pattern.exec(req.path);
      if (match && method === req.method) {
        return handler(env, req, match.slice(1).map(decodeURIComponent));
      }
    }
    const teamsApps = routeTeamsApps(env, req);
    if (teamsApps) return teamsApps;
    throw notFound(`No resource at ${req.method} ${req.path}`);
  } catch (error) {
    if (error instanceof GraphHttpError) return errorResponse(error);
    throw error;
  }
}
