// Each report from the demo council: its figures match the export's authorised rows for the same
// period, the Word file parses, and the PDF pages are kept as PNG artefacts for a human to look at.
// The periods are found for the suite's day: the newest fully authorised quarter, the last month
// that has ended and the last financial year.
import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../src/app/export/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import {
  buildReportDocument,
  checkRequest,
  generateReport,
  pdfToPngs,
  pdftoppmAvailable,
} from '../../src/reports/index.js';
import {
  londonDate,
  periodContaining,
  previousPeriod,
  type Period,
} from '../../src/domain/periods/index.js';
import type { IndicatorEntry, ReportDocument } from '../../src/reports/model/types.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeXml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ARTEFACTS = 'test-artifacts/reports';
let server: TestServer;
/** The newest quarter whose figures are all authorised. */
let quarter: Period;
/** The last month that has ended, as the dashboard opens on. */
let month: Period;
/** The last whole financial year. */
let lastYear: string;

beforeAll(async () => {
  server = await startTestServer();
  mkdirSync(ARTEFACTS, { recursive: true });
  [quarter] = (await completeQuarters(server.deps, 1)) as [Period];
  const today = londonDate(server.deps.clock.now());
  month = previousPeriod(periodContaining(today, 'month'));
  lastYear = previousPeriod(periodContaining(today, 'year')).key;
});

/** The indicators a chapter lists in its tables (`indicator-table`) or in detail. */
function rowsOf(
  report: ReportDocument,
  chapter: string,
  kind: 'indicator-table' | 'indicator-details',
): IndicatorEntry[] {
  return report.chapters
    .find((c) => c.id === chapter)!
    .sections.flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === kind ? b.entries : []));
}
afterAll(() => server.stop());

async function keepPages(name: string, pdf: Buffer): Promise<number> {
  writeFileSync(`${ARTEFACTS}/${name}.pdf`, pdf);
  // The pages are the artefacts a person looks at, so pdftoppm is required, not optional.
  expect(await pdftoppmAvailable(), 'pdftoppm is needed: apt-get install poppler-utils').toBe(true);
  const pages = await pdfToPngs(pdf, 60);
  pages.forEach((png, i) => writeFileSync(`${ARTEFACTS}/${name}-page-${i + 1}.png`, png));
  return pages.length;
}

describe('the quarterly report of the newest complete quarter', () => {
  it('rates every indicator exactly as the authorised export does', async () => {
    const period = checkRequest({ kind: 'quarterly', period: quarter.key, format: 'pdf' }).period;
    const report = await buildReportDocument(server.deps, 'quarterly', period);
    const rows = await exportRows(server.deps, quarter.key, { authorisedOnly: true });
    const tables = rowsOf(report, 'indicators', 'indicator-table');
    // An indicator serving several priorities is listed under each: compare the sets of codes.
    expect(new Set(tables.map((e) => e.code))).toEqual(new Set(rows.map((r) => r.code)));
    for (const row of rows) {
      const entry = tables.find((e) => e.code === row.code)!;
      expect(entry.rating.label, row.code).toBe(row.rating);
      expect(entry.value, row.code).toBe(row.actual);
    }
    const count = (label: string) => rows.filter((r) => r.rating === label).length;
    const headline = Object.fromEntries(report.headline.map((h) => [h.label, h.count]));
    expect(headline).toMatchObject({
      Strong: count('Strong'),
      Good: count('Good'),
      Review: count('Review'),
      Action: count('Action'),
    });
    // A complete quarter of the demo has figures in every band that matters to Cabinet.
    expect(count('Strong') + count('Good')).toBeGreaterThan(0);
    expect(count('Review') + count('Action')).toBeGreaterThan(0);
  });

  it('is a Word document with the headings, an exception and its figures', async () => {
    const file = await generateReport(server.deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'docx',
    });
    writeFileSync(`${ARTEFACTS}/quarterly.docx`, file.bytes);
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    for (const h of [
      'Borough of Elmstead',
      'Quarterly Performance Report',
      'Contents',
      'Summary',
      'Exceptions: performance not as expected',
      'Every indicator by priority',
      'Key action progress',
    ]) {
      expect(text).toContain(h);
    }
    // An exception of that quarter, as the report model has it, with its figure, target, rating.
    const report = await buildReportDocument(server.deps, 'quarterly', quarter);
    const exception = rowsOf(report, 'exceptions', 'indicator-details')[0]!;
    expect(['Review', 'Action']).toContain(exception.rating.label);
    expect(text).toContain(`${exception.code} ${escapeXml(exception.title)}`);
    // The rating is its shape (a square for Action, a triangle for Review) and its word.
    const shape = exception.rating.label === 'Action' ? '\u25A0' : '\u25B2';
    const figures = [exception.valueText, exception.targetText, shape, exception.rating.label];
    expect(text).toMatch(new RegExp(figures.map(escapeRegExp).join('\\s+')));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    const footer = await zip.file(footers[0]!)!.async('string');
    expect(footer).toContain('PAGE');
    expect(await zip.file('word/footnotes.xml')!.async('string')).toContain('Derbyshire');
  });

  it('is a PDF whose pages convert to PNG', async () => {
    const file = await generateReport(server.deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'pdf',
    });
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await keepPages('quarterly', file.bytes);
    if (pages !== -1) expect(pages).toBeGreaterThan(5);
  });
});

describe('the other reports', () => {
  it('portfolio, exception and annual reports render as PDF and Word', async () => {
    const cases = [
      { kind: 'portfolio', period: quarter.key, portfolio: 'Planning and Economic Growth' },
      { kind: 'exception', period: quarter.key },
      { kind: 'annual', period: lastYear },
    ];
    for (const c of cases) {
      const pdf = await generateReport(server.deps, { ...c, format: 'pdf' });
      await keepPages(c.kind, pdf.bytes);
      const docx = await generateReport(server.deps, { ...c, format: 'docx' });
      const xml = await (
        await JSZip.loadAsync(docx.bytes)
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml.length, c.kind).toBeGreaterThan(1000);
    }
  });

  it("the portfolio report holds only that portfolio's indicators", async () => {
    const period = checkRequest({ kind: 'quarterly', period: quarter.key, format: 'pdf' }).period;
    const all = await buildReportDocument(server.deps, 'quarterly', period);
    const one = await buildReportDocument(
      server.deps,
      'portfolio',
      period,
      'Planning and Economic Growth',
    );
    const total = (r: typeof all) => r.headline.reduce((s, h) => s + h.count, 0);
    expect(total(one)).toBeGreaterThan(0);
    expect(total(one)).toBeLessThan(total(all));
  });

  it('the health dashboard is a one-page PDF and a PNG', async () => {
    const pdf = await generateReport(server.deps, {
      kind: 'dashboard',
      period: month.key,
      format: 'pdf',
    });
    const pages = await keepPages('dashboard', pdf.bytes);
    if (pages !== -1) {
      expect(pages).toBe(1);
      const png = await generateReport(server.deps, {
        kind: 'dashboard',
        period: month.key,
        format: 'png',
      });
      expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
      writeFileSync(`${ARTEFACTS}/dashboard.png`, png.bytes);
    }
  });

  it('refuses bad requests naming the field', () => {
    expect(() => checkRequest({ kind: 'weekly', period: '2025/26 Q1', format: 'pdf' })).toThrow(
      /kind/,
    );
    expect(() => checkRequest({ kind: 'dashboard', period: '2025-10', format: 'docx' })).toThrow(
      /pdf or png/,
    );
    expect(() => checkRequest({ kind: 'portfolio', period: '2025/26 Q1', format: 'pdf' })).toThrow(
      /portfolio/,
    );
    expect(() => checkRequest({ kind: 'quarterly', period: 'Q9', format: 'pdf' })).toThrow(/Q9/);
  });
});

describe('over HTTP', () => {
  it('serves a report with its content type and filename, and refuses strangers', async () => {
    const url = `${server.url}/api/reports/quarterly?period=${encodeURIComponent(quarter.key)}&format=docx`;
    const res = await fetch(url, { headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin } });
    const stranger = await fetch(url);
    expect(stranger.status).toBe(401);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="quarterly-${quarter.key.replace(/[^\w]+/g, '-').toLowerCase()}.docx"`,
    );
  });

  it('lists the reports as JSON and serves an Excel view', async () => {
    const list = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get('/api/reports');
    expect(list.status).toBe(200);
    expect(list.body.reports.map((r: { kind: string }) => r.kind)).toContain('dashboard');
    const res = await fetch(
      `${server.url}/api/reports/excel?view=indicators&period=${encodeURIComponent(quarter.key)}`,
      {
        headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
  });
});
