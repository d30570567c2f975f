// The emulator holds to Graph's documented behaviour: paging, index rules, batching limits, ETags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from './index.js';

let emu: GraphEmulator;
let listUrl: string;
const auth = () => ({ authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' });
const call = async (
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await fetch(url.startsWith('http') ? url : `${emu.baseUrl}${url}`, {
    method,
    headers: { ...auth(), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: res.status === 204 ? null : ((await res.json()) as Record<string, any>),
  };
};

beforeAll(async () => {
  emu = await startGraphEmulator();
  const site = emu.addSite();
  const list = await call('POST', `/sites/${site.id}/lists`, {
    displayName: 'Things',
    columns: [
      { name: 'Code', text: {}, indexed: true },
      { name: 'Size', number: {} },
    ],
  });
  listUrl = `/sites/${site.id}/lists/${list.body!.id}`;
  for (let i = 1; i <= 7; i++)
    await call('POST', `${listUrl}/items`, { fields: { Code: i % 2 ? 'odd' : 'even', Size: i } });
});
afterAll(() => emu.close());

describe('Graph emulator', () => {
  it('refuses a request without the bearer token', async () => {
    const res = await fetch(`${emu.baseUrl}${listUrl}/items`);
    expect(res.status).toBe(401);
  });

  it('pages with @odata.nextLink honouring $top', async () => {
    const first = await call('GET', `${listUrl}/items?$top=3&$expand=fields`);
    expect(first.body!.value).toHaveLength(3);
    const second = await call('GET', first.body!['@odata.nextLink']);
    const third = await call('GET', second.body!['@odata.nextLink']);
    expect(third.body!.value.map((i: any) => i.fields.Size)).toEqual([7]);
    expect(third.body!['@odata.nextLink']).toBeUndefined();
  });

  it('gives items and fields the Graph shape, with the ETag in both', async () => {
    const { body } = await call('GET', `${listUrl}/items/1?$expand=fields`);
    expect(body!.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(body!.fields['@odata.etag']).toBe(body!.eTag);
    expect(body!).toHaveProperty('createdBy.application.displayName');
    // SharePoint's own columns come with the list's.
    expect(body!.fields).toMatchObject({
      id: '1',
      ContentType: 'Item',
      _UIVersionString: '1.0',
      Attachments: false,
      AuthorLookupId: expect.any(String),
      Created: expect.any(String),
    });
  });

  it('spells the ETag "{GUID},N" in delta and accepts either spelling in If-Match', async () => {
    const item = (await call('GET', `${listUrl}/items/1`)).body!;
    const page = await call('GET', `${listUrl}/items/delta`);
    const fromDelta = page.body!.value.find((i: any) => i.id === '1');
    expect(fromDelta.eTag).toBe(`"{${item.eTag.slice(1, 37).toUpperCase()}},1"`);
    const patched = await call(
      'PATCH',
      `${listUrl}/items/1/fields`,
      { Size: 1 },
      { 'if-match': fromDelta.eTag },
    );
    expect(patched.status).toBe(200);
    expect(patched.body!['@odata.etag']).toBe(item.eTag.replace(',1"', ',2"'));
    expect(patched.body!).toMatchObject({ Code: 'odd', Size: 1, _UIVersionString: '2.0' });
  });

  it('refuses a write to a read-only system column, naming it', async () => {
    const res = await call('PATCH', `${listUrl}/items/4/fields`, { Size: 4, LinkTitle: null });
    expect(res.status).toBe(400);
    expect(res.body!.error).toMatchObject({
      code: 'invalidRequest',
      message: "Field 'LinkTitle' is read-only",
    });
    const create = await call('POST', `${listUrl}/items`, { fields: { Modified: null } });
    expect(create.body!.error.message).toBe("Field 'Modified' is read-only");
  });

  it('refuses the whole batch when a part with a body has no Content-Type', async () => {
    const before = emu.stats().requests;
    const res = await call('POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `${listUrl}/items/1` },
        { id: '2', method: 'POST', url: `${listUrl}/items`, body: { fields: { Code: 'x' } } },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body!.error.message).toMatch(/Write request id : 2 does not contain Content-Type/);
    expect(emu.stats().requests).toBe(before); // no part ran
    const ok = await call('POST', '/$batch', {
      requests: [
        {
          id: '1',
          method: 'PATCH',
          url: `${listUrl}/items/5/fields`,
          headers: { 'Content-Type': 'application/json' },
          body: { Size: 50 },
        },
      ],
    });
    expect(ok.body!.responses[0].status).toBe(200);
  });

  it('keeps the options in the token: links carry only token, items keep their fields', async () => {
    const first = await call('GET', `${listUrl}/items/delta?$top=2&$expand=fields`);
    const next = new URL(first.body!['@odata.nextLink']);
    expect([...next.searchParams.keys()]).toEqual(['token']);
    const second = await call('GET', next.toString());
    expect(second.body!.value).toHaveLength(2);
    expect(second.body!.value.every((i: any) => typeof i.fields?.Code === 'string')).toBe(true);
  });

  it('answers 410 Gone with a resync code and a Location that starts afresh', async () => {
    let page = await call('GET', `${listUrl}/items/delta?$expand=fields`);
    const link = page.body!['@odata.deltaLink'] as string;
    emu.expireDeltaTokens({ code: 'resyncChangesUploadDifferences' });
    const gone = await call('GET', link);
    expect(gone.status).toBe(410);
    expect(gone.body!.error).toMatchObject({
      code: 'resyncRequired',
      innerError: { code: 'resyncChangesUploadDifferences' },
    });
    page = await call('GET', gone.headers.get('location')!);
    expect(page.status).toBe(200);
    expect(page.body!.value.map((i: any) => i.fields.Size)).toContain(1);
    expect(page.body!['@odata.deltaLink']).toBeDefined();
  });

  it('wraps a rich-text note in HTML and leaves a plain one alone', async () => {
    const site = emu.addSite();
    const list = await call('POST', `/sites/${site.id}/lists`, {
      displayName: 'Notes',
      columns: [
        { name: 'Rich', text: { allowMultipleLines: true } },
        { name: 'Plain', text: { allowMultipleLines: true, textType: 'plain' } },
      ],
    });
    const url = `/sites/${site.id}/lists/${list.body!.id}/items`;
    const made = await call('POST', url, { fields: { Rich: '{"a":1}', Plain: '{"a":1}' } });
    expect(made.body!.fields.Plain).toBe('{"a":1}');
    expect(made.body!.fields.Rich).toMatch(/^<div class="ExternalClass[0-9A-F]+">\{&quot;a/);
  });

  it('refuses a filter on a non-indexed column unless the Prefer header is sent', async () => {
    const refused = await call('GET', `${listUrl}/items?$filter=fields/Size eq 3`);
    expect(refused.status).toBe(400);
    expect(refused.body!.error.message).toMatch(/not indexed/);
    const allowed = await call(
      'GET',
      `${listUrl}/items?$expand=fields&$filter=fields/Size eq 3`,
      undefined,
      { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    );
    expect(allowed.body!.value.map((i: any) => i.fields.Size)).toEqual([3]);
    const indexed = await call(
      'GET',
      `${listUrl}/items?$expand=fields&$filter=fields/Code eq 'even'`,
    );
    expect(indexed.body!.value.map((i: any) => i.fields.Size)).toEqual([2, 4, 6]);
  });

  it('answers 412 to a stale If-Match and applies a current one', async () => {
    const { body } = await call('GET', `${listUrl}/items/2`);
    const ok = await call(
      'PATCH',
      `${listUrl}/items/2/fields`,
      { Size: 20 },
      { 'if-match': body!.eTag },
    );
    expect(ok.status).toBe(200);
    const stale = await call(
      'PATCH',
      `${listUrl}/items/2/fields`,
      { Size: 21 },
      { 'if-match': body!.eTag },
    );
    expect(stale.status).toBe(412);
  });

  it('refuses a batch of 21 and fails dependants of a failed part with 424', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: `${listUrl}/items/1`,
    }));
    expect((await call('POST', '/$batch', { requests: many })).status).toBe(400);
    const { body } = await call('POST', '/$batch', {
      requests: [
        { id: 'a', method: 'GET', url: `${listUrl}/items/999` },
        { id: 'b', method: 'GET', url: `${listUrl}/items/1`, dependsOn: ['a'] },
      ],
    });
    expect(body!.responses.map((r: any) => r.status)).toEqual([404, 424]);
  });

  it('reports only changes after a deltaLink, deletions included', async () => {
    let page = await call('GET', `${listUrl}/items/delta?$top=5`);
    while (page.body!['@odata.nextLink']) page = await call('GET', page.body!['@odata.nextLink']);
    const link = page.body!['@odata.deltaLink'] as string;
    await call('DELETE', `${listUrl}/items/7`, undefined, { 'if-match': '*' });
    const changes = await call('GET', link);
    expect(changes.body!.value).toEqual([{ id: '7', deleted: { state: 'deleted' } }]);
  });

  it('answers 429 with Retry-After once the request budget is spent', async () => {
    emu.configureThrottle({ budget: 2, windowMs: 60_000 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await call('GET', `${listUrl}/items/1`));
    emu.configureThrottle({});
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 429]);
    expect(Number(statuses[2]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
