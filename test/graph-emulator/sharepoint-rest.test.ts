// The emulator's SharePoint REST view endpoints, on the wire: JSON light shapes, and strict
// refusals (bad token, unknown list, a CAML query naming a missing column, unknown properties),
// and who may call: certificate app-only tokens with SharePoint's Sites.Selected and a site grant.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCaml } from './caml.js';
import { startGraphEmulator, type GraphEmulator } from './server.js';

const PROVISIONER = 'c4c4c4c4-1111-4222-8333-444455556666';
let emu: GraphEmulator;
let views: string;
let siteId: string;
/** A certificate credential with SharePoint's Sites.Selected, granted `manage` on the site. */
let rest: string;
beforeAll(async () => {
  emu = await startGraphEmulator();
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/rest' });
  siteId = site.id;
  emu.grantSite(site.id, PROVISIONER, 'manage');
  rest = emu.issueToken({
    appId: PROVISIONER,
    roles: [],
    sharePointRoles: ['Sites.Selected'],
    credential: 'certificate',
  });
  await fetch(`${emu.baseUrl}/sites/${encodeURIComponent(site.id)}/lists`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      displayName: 'GT Returns',
      columns: [{ name: 'GtState', choice: { choices: ['due', 'checked'] }, indexed: true }],
    }),
  });
  views = `${emu.origin}/_sp/contoso.sharepoint.com/sites/rest/_api/web/lists/getbytitle('GT%20Returns')/views`;
});
afterAll(() => emu.close());

const call = (url: string, method = 'GET', body?: unknown, token = rest) =>
  fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

it('lists the default view and adds one, answering as SharePoint does', async () => {
  const before = (await (await call(views)).json()) as { value: Record<string, unknown>[] };
  expect(before.value).toHaveLength(1);
  expect(before.value[0]).toMatchObject({
    'odata.type': 'SP.View',
    Title: 'All Items',
    DefaultView: true,
    RowLimit: 30,
  });

  const query =
    '<Where><Eq><FieldRef Name="GtState" /><Value Type="Choice">due</Value></Eq></Where>';
  const res = await call(views, 'POST', { Title: 'Due', ViewQuery: query, RowLimit: 50 });
  expect(res.status).toBe(201);
  const view = (await res.json()) as Record<string, unknown>;
  expect(view).toMatchObject({
    Title: 'Due',
    ViewQuery: query,
    RowLimit: 50,
    PersonalView: false,
    DefaultView: false,
  });
  expect(String(view['odata.editLink'])).toMatch(
    /^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Views\(guid'[0-9a-f-]{36}'\)$/,
  );

  const field = await call(
    `${views}('${String(view.Id)}')/viewfields/addviewfield('GtState')`,
    'POST',
  );
  expect(field.status).toBe(200);
  const one = (await (await call(`${views}('${String(view.Id)}')?$select=Title`)).json()) as object;
  expect(one).toEqual(expect.objectContaining({ Title: 'Due' }));
  expect(one).not.toHaveProperty('ViewQuery');
});

it('refuses what SharePoint refuses, in its error shape', async () => {
  const expectError = async (res: Response, status: number, message: RegExp) => {
    expect(res.status).toBe(status);
    const body = (await res.json()) as { 'odata.error': { message: { value: string } } };
    expect(body['odata.error'].message.value).toMatch(message);
  };
  await expectError(await call(views, 'GET', undefined, 'wrong'), 401, /Access denied/);
  await expectError(
    await call(views.replace('GT%20Returns', 'Nope'), 'GET'),
    404,
    /List 'Nope' does not exist at site with URL 'https:\/\/contoso.sharepoint.com\/sites\/rest'/,
  );
  await expectError(
    await call(views, 'POST', {
      Title: 'X',
      ViewQuery: '<Where><Eq><FieldRef Name="GtMissing" /></Eq></Where>',
    }),
    400,
    /no column GtMissing/,
  );
  await expectError(
    await call(views, 'POST', { Title: 'X', Colour: 'red' }),
    400,
    /property 'Colour' does not exist on type 'SP.View'/,
  );
  await expectError(
    await call(views, 'POST', { Title: 'X', PersonalView: true }),
    403,
    /personal view/,
  );
});

it('parses CAML query roots and refuses malformed ones', () => {
  expect(
    parseCaml(
      '<Where><And><Eq><FieldRef Name="A" /><Value Type="Text">x</Value></Eq><IsNull><FieldRef Name=\'B\'/></IsNull></And></Where><OrderBy><FieldRef Name="C" /></OrderBy>',
    ),
  ).toEqual({ fieldRefs: ['A', 'B', 'C'], whereFields: ['A', 'B'] });
  expect(() => parseCaml('<Query><Where /></Query>')).toThrow(
    /<Query> is not a CAML query element/,
  );
  expect(() => parseCaml('<Eq />')).toThrow(/cannot be at the top/);
  expect(() => parseCaml('<Where><Eq></Where>')).toThrow(/closes nothing/);
  expect(() => parseCaml('<Where />< Where/>')).toThrow();
});

it('takes app-only tokens from a certificate only, with SharePoint Sites.Selected and a site grant', async () => {
  const as = (grant: Parameters<GraphEmulator['issueToken']>[0]) =>
    emu.issueToken({ appId: PROVISIONER, ...grant });
  const unsupported = async (token: string) => {
    const res = await call(views, 'GET', undefined, token);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error_description: 'Unsupported app only token.' });
  };
  await unsupported(as({ roles: [], sharePointRoles: ['Sites.Selected'], credential: 'secret' }));
  // The server's managed identity: Graph's Sites.Selected works for Graph, not here.
  await unsupported(emu.token);
  await unsupported(
    as({ roles: [], sharePointRoles: ['Sites.Selected'], credential: 'federated' }),
  );

  const denied = async (token: string, method: string, why: RegExp) => {
    const res = await call(views, method, method === 'POST' ? { Title: 'Y' } : undefined, token);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { 'odata.error': { message: { value: string } } };
    expect(body['odata.error'].message.value).toMatch(why);
  };
  // Graph's Sites.Selected is not SharePoint's.
  await denied(as({ roles: ['Sites.Selected'] }), 'GET', /no Sites permission/);
  const stranger = emu.issueToken({ roles: [], sharePointRoles: ['Sites.Selected'] });
  await denied(stranger, 'GET', /site has not granted this app/);
  emu.grantSite(siteId, PROVISIONER, 'read');
  expect((await call(views)).status).toBe(200);
  await denied(rest, 'POST', /grants this app read; this needs manage/);
  emu.grantSite(siteId, PROVISIONER, 'manage');
  const tenantWide = emu.issueToken({ roles: [], sharePointRoles: ['Sites.FullControl.All'] });
  expect((await call(views, 'GET', undefined, tenantWide)).status).toBe(200);
});
