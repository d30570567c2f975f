// Tokens carry permissions: Graph's SharePoint calls need a Sites role, and with Sites.Selected the
// site's own grant at the level the call needs (read, write items, manage lists); a $batch part is
// judged as the same call on its own; an unknown token is 401.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from './index.js';

let emu: GraphEmulator;
let siteId: string;
let listPath: string;
const APP = 'b2b2b2b2-1111-4222-8333-444455556666';

const call = async (token: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${emu.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : null };
};

beforeAll(async () => {
  emu = await startGraphEmulator();
  siteId = emu.addSite().id;
  // The server's own token manages every emulated site, as grant-sites-selected.sh sets it up.
  const list = await call(emu.token, 'POST', `/sites/${siteId}/lists`, { displayName: 'Things' });
  expect(list.status).toBe(201);
  listPath = `/sites/${siteId}/lists/${list.body!.id}`;
});
afterAll(() => emu.close());

it('carries roles in a JWT-shaped token a client can read', () => {
  const token = emu.issueToken({ appId: APP, roles: ['Sites.Selected'], credential: 'secret' });
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as object;
  expect(claims).toMatchObject({ appid: APP, appidacr: '1', roles: ['Sites.Selected'] });
});

it('needs the site grant for Sites.Selected, at the level each call needs', async () => {
  const token = emu.issueToken({ appId: APP, roles: ['Sites.Selected'] });
  const denied = await call(token, 'GET', `${listPath}/items`);
  expect(denied.status).toBe(403);
  expect(denied.body!.error.code).toBe('accessDenied');
  expect(denied.body!.error.message).toMatch(/site has not granted this app/);

  emu.grantSite(siteId, APP, 'read');
  expect((await call(token, 'GET', `${listPath}/items`)).status).toBe(200);
  const write = await call(token, 'POST', `${listPath}/items`, { fields: { Title: 'x' } });
  expect(write.status).toBe(403);
  expect(write.body!.error.message).toMatch(/grants this app read; this needs write/);

  emu.grantSite(siteId, APP, 'write');
  expect((await call(token, 'POST', `${listPath}/items`, { fields: { Title: 'x' } })).status).toBe(
    201,
  );
  const list = await call(token, 'POST', `/sites/${siteId}/lists`, { displayName: 'More' });
  expect(list.body!.error.message).toMatch(/this needs manage/);

  // Inside a batch, each part is judged on its own.
  const batch = await call(token, 'POST', '/$batch', {
    requests: [
      { id: '1', method: 'GET', url: `${listPath}/items` },
      {
        id: '2',
        method: 'POST',
        url: `/sites/${siteId}/lists`,
        headers: { 'content-type': 'application/json' },
        body: { displayName: 'Nope' },
      },
    ],
  });
  const statuses = Object.fromEntries(
    (batch.body!.responses as { id: string; status: number }[]).map((r) => [r.id, r.status]),
  );
  expect(statuses).toEqual({ '1': 200, '2': 403 });
  emu.grantSite(siteId, APP, null);
  expect((await call(token, 'GET', `${listPath}/items`)).status).toBe(403);
});

it('lets a tenant-wide role through without a site grant, and refuses a token without Sites', async () => {
  const all = emu.issueToken({ roles: ['Sites.ReadWrite.All'] });
  expect((await call(all, 'GET', `/sites/${siteId}`)).status).toBe(200);
  expect((await call(all, 'POST', `/sites/${siteId}/lists`, { displayName: 'X' })).status).toBe(
    403,
  );
  const none = emu.issueToken({ roles: ['AppCatalog.Read.All'] });
  expect((await call(none, 'GET', `/sites/${siteId}`)).body!.error.message).toMatch(
    /no Sites permission/,
  );
  expect((await call('made-up', 'GET', `/sites/${siteId}`)).status).toBe(401);
});
