// Teams apps in the emulated tenant: the organisation's app catalogue and the apps installed in
// each user's personal scope, after the Graph pages the nudges' proactive installation follows:
//   GET  /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'           (teamsapp-list)
//   POST /users/{id}/teamwork/installedApps  {"teamsApp@odata.bind": …}       → 201, no body;
//        409 Conflict when already installed for that user (userteamwork-post-installedapps)
//   GET  /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '…'
//   GET  /users/{id}/teamwork/installedApps/{installation-id}[/chat]
//        (userscopeteamsappinstallation-get, -get-chat)
//   DELETE /users/{id}/teamwork/installedApps/{installation-id}  → 204
// Kept beside the SharePoint state, not in it (teamsStateOf), so the lists model is untouched.
// Permissions (application), from each page's table; a token without one answers 403 (permissions.ts):
// - the catalogue: AppCatalog.Read.All or AppCatalog.ReadWrite.All (appcatalogs-list-teamsapps);
// - install: TeamsAppInstallation.ReadWriteSelfForUser.All (least privileged),
//   …ReadWriteAndConsentSelfForUser.All, …ReadWriteForUser.All, …ReadWriteAndConsentForUser.All
//   (userteamwork-post-installedapps); list: …ReadForUser.All or any of those
//   (userteamwork-list-installedapps); chat: …ReadSelfForUser.All, …ReadForUser.All and the
//   ReadWrite ones (userscopeteamsappinstallation-get-chat); delete: the ReadWrite ones.
// - A `…Self…` permission covers only the app itself: the catalogue app whose definition's
//   azureADAppId (the manifest's webApplicationInfo.id) is the token's app id ("Allows a Teams app
//   to read, install, upgrade, and uninstall itself": https://learn.microsoft.com/graph/permissions-reference).
//   Graph lists no other app's installations to it.
// The "…Selected…" permissions (apps an admin picked) are not emulated: they grant nothing here.
import { randomUUID } from 'node:crypto';
import { badRequest, GraphHttpError, notFound, type GraphResponse } from './errors.js';
import type { TenantState } from './model.js';
import { accessDenied, requireRole, type TokenGrant } from './permissions.js';
import type { GraphRequest, RouteEnv } from './routes.js';

export interface CatalogApp {
  /** The catalogue's own id, not the manifest's. */
  id: string;
  /** The manifest's `id`. */
  externalId: string;
  displayName: string;
  version: string;
  distributionMethod: 'organization';
  /** The bot's app id, which Teams names the 1:1 chat after. */
  botId: string;
  /** teamsAppDefinition.azureADAppId: the manifest's webApplicationInfo.id, if it has one. */
  azureADAppId: string | null;
}

export interface UserInstallation {
  id: string;
  userId: string;
  teamsAppId: string;
  chatId: string;
  installedAt: string;
}

export interface TeamsState {
  catalog: Map<string, CatalogApp>;
  /** Users (Entra object ids) the tenant knows; any other user id answers 404. */
  users: Set<string>;
  installations: Map<string, UserInstallation>;
}

const teams = new WeakMap<TenantState, TeamsState>();

export function teamsStateOf(state: TenantState): TeamsState {
  let t = teams.get(state);
  if (!t) {
    t = { catalog: new Map(), users: new Set(), installations: new Map() };
    teams.set(state, t);
  }
  return t;
}

/** Publishes an app to the organisation's catalogue, as an admin uploading the package would. */
export function addCatalogApp(
  state: TenantState,
  app: {
    externalId: string;
    displayName?: string;
    version?: string;
    botId?: string;
    azureADAppId?: string;
  },
): CatalogApp {
  const record: CatalogApp = {
    id: randomUUID(),
    externalId: app.externalId,
    displayName: app.displayName ?? 'Golden Thread',
    version: app.version ?? '1.0.0',
    distributionMethod: 'organization',
    botId: app.botId ?? randomUUID(),
    azureADAppId: app.azureADAppId ?? null,
  };
  teamsStateOf(state).catalog.set(record.id, record);
  return record;
}

export function addUsers(state: TenantState, ...userIds: string[]): void {
  for (const id of userIds) teamsStateOf(state).users.add(id);
}

/**
 * The installation id as Graph's examples show it, base64 of `{user id}##{catalogue app id}` (the
 * URL-safe alphabet here, so an id never holds a `/` that would split the path).
 */
function installationId(userId: string, teamsAppId: string): string {
  return Buffer.from(`${userId}##${teamsAppId}`, 'utf8').toString('base64url');
}

const json = (status: number, body: unknown): GraphResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});

const appShape = (a: CatalogApp) => ({
  id: a.id,
  externalId: a.externalId,
  displayName: a.displayName,
  version: a.version,
  distributionMethod: a.distributionMethod,
});

/** `[teamsApp/](id|externalId) eq '…'`, the filters the proactive-install page uses; else 400. */
function parseFilter(
  raw: string | null,
  prefix: '' | 'teamsApp/',
): { field: 'id' | 'externalId'; value: string } | null {
  if (raw === null) return null;
  const p = prefix.replace('/', '\\/');
  const m = new RegExp(`^\\s*${p}(id|externalId)\\s+eq\\s+'((?:[^']|'')*)'\\s*$`).exec(raw);
  if (!m) throw badRequest(`Invalid filter clause: ${raw}`, 'BadRequest');
  return { field: m[1] as 'id' | 'externalId', value: m[2]!.replace(/''/g, "'") };
}

function userOf(t: TeamsState, userId: string): string {
  if (!t.users.has(userId)) {
    throw new GraphHttpError(404, 'NotFound', `User ${userId} not found in the tenant`);
  }
  return userId;
}

function installationOf(t: TeamsState, userId: string, id: string): UserInstallation {
  const found = t.installations.get(id);
  if (!found || found.userId !== userId) throw notFound(`No app installation ${id}`);
  return found;
}

function installationShape(t: TeamsState, i: UserInstallation, expand: boolean) {
  const app = t.catalog.get(i.teamsAppId);
  return {
    '@odata.type': '#microsoft.graph.userScopeTeamsAppInstallation',
    id: i.id,
    ...(expand && app ? { teamsApp: appShape(app) } : {}),
  };
}

const CATALOG_READ = ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All'];
const WRITE_ROLES = [
  'TeamsAppInstallation.ReadWriteSelfForUser.All',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForUser.All',
  'TeamsAppInstallation.ReadWriteForUser.All',
  'TeamsAppInstallation.ReadWriteAndConsentForUser.All',
];
const LIST_ROLES = ['TeamsAppInstallation.ReadForUser.All', ...WRITE_ROLES];
const CHAT_ROLES = ['TeamsAppInstallation.ReadSelfForUser.All', ...LIST_ROLES];

/** The app a `…Self…` role limits the caller to (its own), or null for the tenant-wide roles. */
function selfOnly(grant: TokenGrant | undefined, roles: readonly string[]): string | null {
  const held = requireRole(grant, roles);
  return held.includes('Self') ? grant!.appId : null;
}

function assertMayTouch(t: TeamsState, teamsAppId: string, self: string | null): void {
  if (self === null) return;
  if (t.catalog.get(teamsAppId)?.azureADAppId !== self) {
    throw accessDenied(
      "A '…SelfForUser' permission covers only the app whose webApplicationInfo id is the caller's app id",
    );
  }
}

function listCatalog(t: TeamsState, req: GraphRequest): GraphResponse {
  requireRole(req.grant, CATALOG_READ);
  const filter = parseFilter(req.query.get('$filter'), '');
  const apps = [...t.catalog.values()].filter((a) => !filter || a[filter.field] === filter.value);
  return json(200, { value: apps.map(appShape) });
}

function install(t: TeamsState, env: RouteEnv, req: GraphRequest, userId: string): GraphResponse {
  const self = selfOnly(req.grant, WRITE_ROLES);
  const body = req.body;
  userOf(t, userId);
  const bind = (body as Record<string, unknown> | undefined)?.['teamsApp@odata.bind'];
  const m = typeof bind === 'string' ? /\/appCatalogs\/teamsApps\/([^/?]+)$/.exec(bind) : null;
  if (!m) throw badRequest("Request body needs 'teamsApp@odata.bind' to a catalogue app");
  const app = t.catalog.get(decodeURIComponent(m[1]!));
  if (!app) throw notFound(`No app ${m[1]} in the app catalogue`);
  assertMayTouch(t, app.id, self);
  const id = installationId(userId, app.id);
  if (t.installations.has(id)) {
    throw new GraphHttpError(409, 'Conflict', 'App is already installed for this user');
  }
  t.installations.set(id, {
    id,
    userId,
    teamsAppId: app.id,
    // Teams' personal chat between a bot and a user, as the get-chat page shows it.
    chatId: `19:${app.botId}_${userId}@unq.gbl.spaces`,
    installedAt: env.now().toISOString(),
  });
  return { status: 201, headers: {}, body: null };
}

function listInstalled(t: TeamsState, req: GraphRequest, userId: string): GraphResponse {
  const self = selfOnly(req.grant, LIST_ROLES);
  userOf(t, userId);
  const filter = parseFilter(req.query.get('$filter'), 'teamsApp/');
  const expand = (req.query.get('$expand') ?? '').split(',').includes('teamsApp');
  const mine = [...t.installations.values()].filter((i) => {
    if (i.userId !== userId) return false;
    const app = t.catalog.get(i.teamsAppId);
    if (self !== null && app?.azureADAppId !== self) return false;
    return !filter || (app !== undefined && app[filter.field] === filter.value);
  });
  return json(200, { value: mine.map((i) => installationShape(t, i, expand)) });
}

const INSTALLED = /^\/users\/([^/]+)\/teamwork\/installedApps$/;
const ONE = /^\/users\/([^/]+)\/teamwork\/installedApps\/([^/]+)$/;
const CHAT = /^\/users\/([^/]+)\/teamwork\/installedApps\/([^/]+)\/chat$/;

/** The answer for a Teams-apps request, or null when the path is not one of these resources. */
export function routeTeamsApps(env: RouteEnv, req: GraphRequest): GraphResponse | null {
  const t = teamsStateOf(env.state);
  if (req.path === '/appCatalogs/teamsApps' && req.method === 'GET') return listCatalog(t, req);
  let m = INSTALLED.exec(req.path);
  if (m && req.method === 'POST') return install(t, env, req, m[1]!);
  if (m && req.method === 'GET') return listInstalled(t, req, m[1]!);
  m = CHAT.exec(req.path);
  if (m && req.method === 'GET') {
    const self = selfOnly(req.grant, CHAT_ROLES);
    const i = installationOf(t, userOf(t, m[1]!), m[2]!);
    assertMayTouch(t, i.teamsAppId, self);
    return json(200, {
      '@odata.type': '#microsoft.graph.chat',
      id: i.chatId,
      chatType: 'oneOnOne',
    });
  }
  m = ONE.exec(req.path);
  if (m && req.method === 'GET') {
    const self = selfOnly(req.grant, CHAT_ROLES);
    const expand = (req.query.get('$expand') ?? '').split(',').includes('teamsApp');
    const i = installationOf(t, userOf(t, m[1]!), m[2]!);
    assertMayTouch(t, i.teamsAppId, self);
    return json(200, installationShape(t, i, expand));
  }
  if (m && req.method === 'DELETE') {
    const self = selfOnly(req.grant, WRITE_ROLES);
    const i = installationOf(t, userOf(t, m[1]!), m[2]!);
    assertMayTouch(t, i.teamsAppId, self);
    t.installations.delete(i.id);
    return { status: 204, headers: {}, body: null };
  }
  return null;
}
