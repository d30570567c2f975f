// The emulator's SharePoint REST view endpoints, on the wire: JSON light shapes, and strict
// refusals (bad token, unknown list, a CAML query naming a missing column, unknown properties).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCaml } from './caml.js';
import { startGraphEmulator, type GraphEmulator } from './server.js';

let emu: GraphEmulator;
let views: string;
beforeAll(async () => {
  emu = await startGraphEmulator();
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/rest' });
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

const call = (url: string, method = 'GET', body?: unknown, token = emu.token) =>
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
