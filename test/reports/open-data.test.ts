// The open-data guarantee: nothing that is not authorised AND published ever appears, on the page,
// in the CSV or in the JSON, for one period or for the full history; restated figures are marked;
// every file names the Open Government Licence; a period the server cannot read is a 400 naming
// the parameter. The server runs at the suite's fixed moment (TEST_NOW) and the cases are found in
// the data; a restatement is made through the application's own commands.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../src/app/export/index.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { actOnReturn } from '../../src/app/returns/act-on-return.js';
import { reopenReturn } from '../../src/app/returns/reopen-return.js';
import { CSV_COLUMNS, escapeHtml, OPEN_GOVERNMENT_LICENCE } from '../../src/reports/index.js';
import { londonDate, periodContaining, previousPeriod } from '../../src/domain/periods/index.js';
import { returnIn } from '../support/demo-at.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

let server: TestServer;
/** The last month that has ended on the suite's day: what the page shows by default. */
let month: string;
beforeAll(async () => {
  server = await startTestServer();
  month = previousPeriod(periodContaining(londonDate(server.deps.clock.now()), 'month')).key;
});
afterAll(() => server.stop());

const get = async (path: string, on: TestServer = server) => {
  const res = await fetch(on.url + path);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    link: res.headers.get('link') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    text: await res.text(),
  };
};

interface Row {
  code: string;
  period: string;
  value: number | null;
  rating: string;
  commentary: string;
  restated: boolean;
  restated_reason: string;
}
const json = async (path: string, on?: TestServer) =>
  JSON.parse((await get(path, on)).text) as {
    licence: unknown;
    periodKey: string;
    indicators: Row[];
  };
const csvRows = (text: string) =>
  parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

/** Authorised figures (with a value) of published, live indicators: what the history must hold. */
async function authorisedFigures(on: TestServer) {
  const cat = await loadCatalogue(on.deps.store);
  const returns = await on.deps.store.query('returns');
  const live = (id: string) => {
    const i = cat.indicators.get(id);
    return i && i.published && !i.retired ? i : undefined;
  };
  const key = (r: (typeof returns)[number]) =>
    `${live(r.fields.indicatorId)?.code}|${r.fields.periodKey}`;
  return {
    cat,
    authorised: returns
      .filter(
        (r) =>
          live(r.fields.indicatorId) && r.fields.state === 'authorised' && r.fields.value !== null,
      )
      .map(key),
    notAuthorised: returns
      .filter((r) => live(r.fields.indicatorId) && r.fields.state !== 'authorised')
      .map(key),
  };
}

describe('open data', () => {
  it('needs no sign-in and is accessible plain HTML naming and linking the licence', async () => {
    const page = await get('/open-data');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('<html lang="en-GB">');
    expect(page.text).toMatch(/<main id="main">[\s\S]*<h1>Performance open data<\/h1>/);
    expect(page.text).toContain('<caption id="data-caption">');
    expect(page.text).toContain('<th scope="col" role="columnheader">Rating</th>');
    expect(page.text).toMatch(/<th scope="row"[^>]*>WR01<\/th>/);
    expect(page.text).toContain(`<a href="${OGL}" rel="license">Open Government Licence v3.0</a>`);
    // The picker offers labels, not keys to type, and the full history.
    expect(page.text).toMatch(/<select id="period" name="period"/);
    expect(page.text).toContain('<option value="all">All periods (full history)</option>');
    expect(page.text).toMatch(
      new RegExp(`<option value="${month}" selected>[A-Z][a-z]{2} \\d{4}</option>`),
    );
  });

  it('shows only published indicators and only authorised figures and commentary', async () => {
    const cat = await loadCatalogue(server.deps.store);
    const unpublished = [...cat.indicators.values()].filter((i) => !i.published);
    expect(unpublished.length).toBeGreaterThan(0);
    const page = await get(`/open-data?period=${month}`);
    const csv = await get(`/open-data.csv?period=${month}`);
    const data = await json(`/open-data.json?period=${month}`);
    const all = await get('/open-data.csv?period=all');
    const allPage = await get('/open-data?period=all');
    for (const i of unpublished) {
      expect(page.text).not.toContain(`>${i.code}<`);
      expect(allPage.text).not.toContain(`>${escapeHtml(i.code)} `);
      expect(csv.text).not.toMatch(new RegExp(`^${i.code},`, 'm'));
      expect(all.text).not.toMatch(new RegExp(`^${i.code},`, 'm'));
    }
    expect(allPage.text).toContain(`>${data.indicators[0]!.code} `);
    const codes = data.indicators.map((r) => r.code);
    expect(codes.every((c: string) => cat.indicatorsByCode.get(c)?.published)).toBe(true);
    // Unauthorised returns (submitted or checked drafts): their figures and commentary never
    // appear, in the period shown or in the full history.
    const returns = await server.deps.store.query('returns');
    const drafts = returns.filter(
      (r) =>
        r.fields.state !== 'authorised' &&
        r.fields.commentary.length > 20 &&
        cat.indicators.get(r.fields.indicatorId)?.published,
    );
    expect(drafts.length).toBeGreaterThan(0);
    const history = csvRows(all.text);
    for (const d of drafts) {
      expect(page.text).not.toContain(escapeHtml(d.fields.commentary));
      expect(csv.text).not.toContain(d.fields.commentary);
      // The demo's commentary repeats phrases across months, so the history is checked by row.
      const code = cat.indicators.get(d.fields.indicatorId)!.code;
      expect(
        history.find((r) => r.code === code && r.period === d.fields.periodKey),
      ).toBeUndefined();
    }
    // A published indicator whose return for the period shown is not yet authorised shows no
    // figure at all (the demo always has some: WR01's latest month is still to be entered).
    const unauthorised = data.indicators.filter((row) => {
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
    for (const row of data.indicators) {
      expect(row.value, row.code).toBe(authorised.find((a) => a.code === row.code)!.actual);
    }
  });

  it('gives one period as CSV and JSON with the licence', async () => {
    const csv = await get(`/open-data.csv?period=${month}`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.link).toContain(`<${OGL}>; rel="license"`);
    expect(csv.link).toContain(
      `</open-data.csv-metadata.json?period=${month}>; rel="describedby"; type="application/csvm+json"`,
    );
    expect(csv.disposition).toContain(`filename="open-data-${month}.csv"`);
    // The first line is the header: the licence lives in the Link header, not in the file.
    expect(csv.text.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = csvRows(csv.text);
    const data = await json(`/open-data.json?period=${month}`);
    expect(data.licence).toEqual(OPEN_GOVERNMENT_LICENCE);
    expect(data.licence).toMatchObject({ name: 'Open Government Licence v3.0', url: OGL });
    expect(data.periodKey).toBe(month);
    expect(rows.map((r) => r.code)).toEqual(data.indicators.map((r) => r.code));
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('gives every authorised figure ever published for all periods, and nothing else', async () => {
    const { authorised, notAuthorised } = await authorisedFigures(server);
    const data = await json('/open-data.json?period=all');
    expect(data.periodKey).toBe('all');
    expect(data.licence).toEqual(OPEN_GOVERNMENT_LICENCE);
    const shown = data.indicators.map((r) => `${r.code}|${r.period}`);
    expect([...shown].sort()).toEqual([...authorised].sort());
    for (const k of notAuthorised) expect(shown).not.toContain(k);
    // A history, not a snapshot: some indicator has figures for many periods, oldest first.
    const first = data.indicators[0]!.code;
    const itsPeriods = data.indicators.filter((r) => r.code === first).map((r) => r.period);
    expect(itsPeriods.length).toBeGreaterThan(12);
    expect(data.indicators.every((r) => r.value !== null)).toBe(true);

    const csv = await get('/open-data.csv?period=all');
    expect(csv.status).toBe(200);
    expect(csv.link).toContain(`<${OGL}>; rel="license"`);
    expect(csv.disposition).toContain('filename="open-data-all.csv"');
    const rows = csvRows(csv.text);
    expect(rows.map((r) => `${r.code}|${r.period}`)).toEqual(shown);
    expect(rows.every((r) => r.restated === 'true' || r.restated === 'false')).toBe(true);
  });

  it('describes the CSV in CSV on the Web metadata whose columns match its header', async () => {
    const res = await get('/open-data.csv-metadata.json?period=all');
    expect(res.status).toBe(200);
    expect(res.type).toContain('application/csvm+json');
    const meta = JSON.parse(res.text);
    expect(meta).toMatchObject({
      '@context': 'http://www.w3.org/ns/csvw',
      url: 'open-data.csv?period=all',
      'dc:license': { '@id': OGL },
    });
    const header = (await get('/open-data.csv?period=all')).text.split('\n')[0]!.split(',');
    expect(meta.tableSchema.columns.map((c: { titles: string }) => c.titles)).toEqual(header);
  });

  it('refuses a period it cannot read with a 400 naming the parameter, never a 5xx', async () => {
    for (const file of ['open-data.csv', 'open-data.json', 'open-data.csv-metadata.json']) {
      for (const query of [
        'period=2025-13',
        'period=Q9',
        'period=a&period=b',
        `period=${'9'.repeat(30)}`,
      ]) {
        const res = await get(`/${file}?${query}`);
        expect(res.status, `${file}?${query}`).toBe(400);
        const body = JSON.parse(res.text);
        expect(body.problems[0].field, query).toBe('period');
      }
    }
    const page = await get('/open-data?period=2025-13');
    expect(page.status).toBe(400);
    expect(page.text).toContain('<title>Error: ');
    expect(page.text).toContain('aria-invalid="true"');
    expect(page.text).toContain(escapeHtml('"2025-13" is not a period'));
  });

  it('escapes text', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});

describe('a restated figure in open data', () => {
  let own: TestServer;
  beforeAll(async () => (own = await startTestServer()));
  afterAll(() => own.stop());

  it('leaves the history while it is reopened, and comes back marked restated once re-authorised', async () => {
    const deps = own.deps;
    const cat = await loadCatalogue(deps.store);
    const c = await returnIn(
      deps,
      'authorised',
      (v) => !!cat.indicators.get(v.indicator.id)?.published && v.value !== null,
    );
    const { code, collectorId, responsibleId, authoriserId } = c.indicator;
    const period = c.view.periodKey;
    const find = (rows: Row[]) => rows.find((r) => r.code === code && r.period === period);
    expect(find((await json('/open-data.json?period=all', own)).indicators)).toMatchObject({
      restated: false,
    });

    const reason = 'Counted twice in the first return';
    const reopened = await reopenReturn(
      deps,
      c.admin.id,
      c.returnId,
      { version: c.version, reason },
      'tab',
    );
    // Being restated, the figure is not authorised: it is gone, with its commentary.
    expect(find((await json('/open-data.json?period=all', own)).indicators)).toBeUndefined();

    const value = reopened.target ?? c.view.value!;
    const act = async (
      version: string,
      actorId: string,
      event: Parameters<typeof actOnReturn>[1]['event'],
    ) =>
      (await actOnReturn(deps, { returnId: c.returnId, version, event, actorId, channel: 'tab' }))
        .view;
    const entered = await act(reopened.version, collectorId, {
      type: 'enter',
      value,
      commentary: 'Corrected after a recount',
      plausibilityConfirmed: true,
    });
    // Entered again but not yet authorised: provisional, so still absent.
    expect(find((await json('/open-data.json?period=all', own)).indicators)).toBeUndefined();
    const [plan] = await deps.store.query('actionPlans', {
      indicatorId: c.indicator.id,
      status: 'open',
    });
    const checked = await act(entered.version, responsibleId, {
      type: 'check',
      actionPlanId: plan?.id ?? null,
    });
    await act(checked.version, authoriserId, { type: 'authorise' });

    const marked = {
      value,
      restated: true,
      restated_reason: reason,
      commentary: 'Corrected after a recount',
    };
    expect(find((await json('/open-data.json?period=all', own)).indicators)).toMatchObject(marked);
    expect(
      find((await json(`/open-data.json?period=${encodeURIComponent(period)}`, own)).indicators),
    ).toMatchObject(marked);
    const csv = csvRows((await get('/open-data.csv?period=all', own)).text);
    expect(csv.find((r) => r.code === code && r.period === period)).toMatchObject({
      restated: 'true',
      restated_reason: reason,
    });
    const page = await get(`/open-data?period=${encodeURIComponent(period)}`, own);
    expect(page.text).toContain('<span class="restated">Restated</span>');
    expect(page.text).toContain(escapeHtml(`Restated — ${reason}. Corrected after a recount`));
  });
});
