// The emulator's Teams apps follow the Graph pages for proactive installation: the catalogue by
// externalId, 201 then 409 on install, $filter/$expand on installed apps, the 1:1 chat's id.
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
let emu: GraphEmulator;
let app: CatalogApp;

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${emu.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' },
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
  app = addCatalogApp(emu.state, { externalId: MANIFEST_ID, botId: BOT });
  addCatalogApp(emu.state, { externalId: 'another-app', displayName: 'Other' });
  addUsers(emu.state, USER);
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
