// The emulator's Teams apps follow the Graph pages for proactive installation: the catalogue by
// externalId, 201 then 409 on install, $filter/$expand on installed apps, the 1:1 chat's id; and
// the permissions those pages name (403 without them; a …Self… role covers only the app itself).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCatalogApp,
  addUsers,
  startGraphEmulator,
  type CatalogApp,
  type GraphEmulator,
} from './index.js';

const MANIFEST_ID = 'c0ffee00-1111-4222-8333-444455556666';
const BOT = 'b0b0b0b0-1111-4222-8333-444455556666';
const USER = 'a1a1a1a1-1111-4222-8333-444455556666';
/** The registration the manifest's webApplicationInfo names: the install credential's app. */
const REGISTRATION = 'e1e1e1e1-1111-4222-8333-444455556666';
let emu: GraphEmulator;
let app: CatalogApp;
let other: CatalogApp;
let installer: string;

const call = async (method: string, path: string, body?: unknown, token = installer) => {
  const res = await fetch(`${emu.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : null };
};
const bind = (id: string) => ({
  'teamsApp@odata.bind': `${emu.baseUrl}/appCatalogs/teamsApps/${id}`,
});
const filter = (f: string) => encodeURIComponent(f);

beforeAll(async () => {
  emu = await startGraphEmulator();
  app = addCatalogApp(emu.state, {
    externalId: MANIFEST_ID,
    botId: BOT,
    azureADAppId: REGISTRATION,
  });
  other = addCatalogApp(emu.state, { externalId: 'another-app', displayName: 'Other' });
  addUsers(emu.state, USER);
  installer = emu.issueToken({
    appId: REGISTRATION,
    roles: ['AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All'],
  });
});
afterAll(() => emu.close());

describe('Teams apps in the Graph emulator', () => {
  it('finds a catalogue app by its manifest id, with an id of its own', async () => {
    const found = await call(
      'GET',
      `/appCatalogs/teamsApps?$filter=${filter(`externalId eq '${MANIFEST_ID}'`)}`,
    );
    expect(found.status).toBe(200);
    expect(found.body!.value).toEqual([
      expect.objectContaining({
        id: app.id,
        externalId: MANIFEST_ID,
        distributionMethod: 'organization',
      }),
    ]);
    expect(app.id).not.toBe(MANIFEST_ID);
    const bad = await call(
      'GET',
      `/appCatalogs/teamsApps?$filter=${filter("startswith(displayName,'G')")}`,
    );
    expect(bad.status).toBe(400);
  });

  it('installs for a user with 201 and no body, then answers 409 Conflict', async () => {
    const first = await call('POST', `/users/${USER}/teamwork/installedApps`, bind(app.id));
    expect(first).toEqual({ status: 201, body: null });
    const again = await call('POST', `/users/${USER}/teamwork/installedApps`, bind(app.id));
    expect(again.status).toBe(409);
    expect(again.body!.error.code).toBe('Conflict');
  });

  it('refuses an unknown user, an unknown app and a body without the binding', async () => {
    expect((await call('POST', '/users/nobody/teamwork/installedApps', bind(app.id))).status).toBe(
      404,
    );
    expect(
      (await call('POST', `/users/${USER}/teamwork/installedApps`, bind('missing'))).status,
    ).toBe(404);
    expect(
      (await call('POST', `/users/${USER}/teamwork/installedApps`, { teamsApp: app.id })).status,
    ).toBe(400);
  });

  it('lists installations filtered on the app, expands teamsApp, gives the chat', async () => {
    const path = `/users/${USER}/teamwork/installedApps`;
    const byExternal = await call(
      'GET',
      `${path}?$expand=teamsApp&$filter=${filter(`teamsApp/externalId eq '${MANIFEST_ID}'`)}`,
    );
    const byId = await call('GET', `${path}?$filter=${filter(`teamsApp/id eq '${app.id}'`)}`);
    expect(byExternal.body!.value).toHaveLength(1);
    expect(byExternal.body!.value[0].teamsApp.externalId).toBe(MANIFEST_ID);
    expect(byId.body!.value[0].id).toBe(byExternal.body!.value[0].id);
    expect(byId.body!.value[0].teamsApp).toBeUndefined();
    const none = await call(
      'GET',
      `${path}?$filter=${filter("teamsApp/externalId eq 'another-app'")}`,
    );
    expect(none.body!.value).toEqual([]);

    const installation = byId.body!.value[0].id as string;
    const chat = await call('GET', `${path}/${installation}/chat`);
    expect(chat.body!.id).toBe(`19:${BOT}_${USER}@unq.gbl.spaces`);
    expect((await call('DELETE', `${path}/${installation}`)).status).toBe(204);
    expect((await call('GET', `${path}/${installation}/chat`)).status).toBe(404);
  });
});

describe('Teams apps permissions', () => {
  const path = `/users/${USER}/teamwork/installedApps`;

  it("lets the server's own token read the catalogue but not install, naming what is needed", async () => {
    expect((await call('GET', '/appCatalogs/teamsApps', undefined, emu.token)).status).toBe(200);
    const install = await call('POST', path, bind(app.id), emu.token);
    expect(install.status).toBe(403);
    expect(install.body!.error.code).toBe('accessDenied');
    expect(install.body!.error.message).toMatch(/TeamsAppInstallation\.ReadWriteSelfForUser\.All/);
    const noCatalogue = emu.issueToken({ roles: ['TeamsAppInstallation.ReadWriteForUser.All'] });
    const catalogue = await call('GET', '/appCatalogs/teamsApps', undefined, noCatalogue);
    expect(catalogue.status).toBe(403);
    expect(catalogue.body!.error.message).toMatch(/AppCatalog\.Read\.All/);
  });

  it('lets a …Self… role install only the app whose webApplicationInfo id is its own', async () => {
    const refused = await call('POST', path, bind(other.id));
    expect(refused.status).toBe(403);
    expect(refused.body!.error.message).toMatch(/webApplicationInfo/);
    // The same role held by another app id cannot install Golden Thread either.
    const stranger = emu.issueToken({ roles: ['TeamsAppInstallation.ReadWriteSelfForUser.All'] });
    expect((await call('POST', path, bind(app.id), stranger)).status).toBe(403);

    const admin = emu.issueToken({ roles: ['TeamsAppInstallation.ReadWriteForUser.All'] });
    expect((await call('POST', path, bind(other.id), admin)).status).toBe(201);
    expect((await call('POST', path, bind(app.id), admin)).status).toBe(201);
    // Graph lists the registration only its own installation; the tenant-wide role sees both.
    const mine = await call('GET', `${path}?$expand=teamsApp`);
    expect(mine.body!.value.map((i: any) => i.teamsApp.externalId)).toEqual([MANIFEST_ID]);
    const all = await call('GET', `${path}?$expand=teamsApp`, undefined, admin);
    expect(all.body!.value).toHaveLength(2);
    const otherId = all.body!.value.find((i: any) => i.teamsApp.externalId === 'another-app').id;
    expect((await call('GET', `${path}/${otherId}/chat`)).status).toBe(403);
    expect((await call('DELETE', `${path}/${otherId}`)).status).toBe(403);
    expect((await call('DELETE', `${path}/${otherId}`, undefined, admin)).status).toBe(204);
  });
});
