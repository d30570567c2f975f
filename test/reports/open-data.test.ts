// The open-data guarantee: nothing that is not authorised AND published ever appears, on the page,
// in the CSV or in the JSON; and the page is plain accessible HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../src/app/export/index.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { escapeHtml } from '../../src/reports/index.js';
import { londonDate, periodContaining, previousPeriod } from '../../src/domain/periods/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
/** The last month that has ended on the suite's day: what the page shows by default. */
let month: string;
beforeAll(async () => {
  server = await startTestServer();
  month = previousPeriod(periodContaining(londonDate(server.deps.clock.now()), 'month')).key;
});
afterAll(() => server.stop());

const get = async (path: string) => {
  const res = await fetch(server.url + path);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
  };
};

describe('open data', () => {
  it('needs no sign-in and is accessible plain HTML', async () => {
    const page = await get('/open-data');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('<html lang="en-GB">');
    expect(page.text).toMatch(/<main id="main">[\s\S]*<h1>Performance open data<\/h1>/);
    expect(page.text).toContain('<caption id="data-caption">');
    expect(page.text).toContain('<th scope="col">Rating</th>');
    expect(page.text).toContain('<th scope="row">WR01</th>');
  });

  it('shows only published indicators and only authorised figures and commentary', async () => {
    const cat = await loadCatalogue(server.deps.store);
    const unpublished = [...cat.indicators.values()].filter((i) => !i.published);
    expect(unpublished.length).toBeGreaterThan(0);
    const page = await get(`/open-data?period=${month}`);
    const csv = await get(`/open-data.csv?period=${month}`);
    const json = JSON.parse((await get(`/open-data.json?period=${month}`)).text);
    for (const i of unpublished) {
      expect(page.text).not.toContain(`>${i.code}<`);
      expect(csv.text).not.toMatch(new RegExp(`^${i.code},`, 'm'));
    }
    const codes = json.indicators.map((r: { code: string }) => r.code);
    expect(codes.every((c: string) => cat.indicatorsByCode.get(c)?.published)).toBe(true);
    // Unauthorised returns (submitted or checked drafts) at the period: their figures and
    // commentary never appear.
    const returns = await server.deps.store.query('returns');
    const drafts = returns.filter(
      (r) =>
        r.fields.state !== 'authorised' &&
        r.fields.commentary.length > 20 &&
        cat.indicators.get(r.fields.indicatorId)?.published,
    );
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(page.text).not.toContain(escapeHtml(d.fields.commentary));
      expect(csv.text).not.toContain(d.fields.commentary);
    }
    // A published indicator whose return for the period shown is not yet authorised shows no
    // figure at all (the demo always has some: WR01's latest month is still to be entered).
    const unauthorised = json.indicators.filter((row: { code: string; period: string }) => {
      const indicator = cat.indicatorsByCode.get(row.code)!;
      const ret = returns.find(
        (r) => r.fields.indicatorId === indicator.id && r.fields.periodKey === row.period,
      );
      return ret !== undefined && ret.fields.state !== 'authorised';
    });
    expect(unauthorised.length).toBeGreaterThan(0);
    for (const row of unauthorised) {
      expect(row, row.code).toMatchObject({
        value: null,
        rating: 'No authorised figure yet',
        commentary: '',
      });
    }
    // Every figure shown equals the authorised export's.
    const authorised = await exportRows(server.deps, month, { authorisedOnly: true });
    for (const row of json.indicators) {
      expect(row.value, row.code).toBe(authorised.find((a) => a.code === row.code)!.actual);
    }
  });

  it('escapes text', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});
