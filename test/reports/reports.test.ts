// Each report from the demo council: its figures match the export's authorised rows for the same
// period, the Word file parses, and the PDF pages are kept as PNG artefacts for a human to look at.
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
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

const ARTEFACTS = 'test-artifacts/reports';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  mkdirSync(ARTEFACTS, { recursive: true });
});
afterAll(() => server.stop());

async function keepPages(name: string, pdf: Buffer): Promise<number> {
  writeFileSync(`${ARTEFACTS}/${name}.pdf`, pdf);
  // The pages are the artefacts a person looks at, so pdftoppm is required, not optional.
  expect(await pdftoppmAvailable(), 'pdftoppm is needed: apt-get install poppler-utils').toBe(true);
  const pages = await pdfToPngs(pdf, 60);
  pages.forEach((png, i) => writeFileSync(`${ARTEFACTS}/${name}-page-${i + 1}.png`, png));
  return pages.length;
}

describe('quarterly report, 2025/26 Q1', () => {
  it('rates every indicator exactly as the authorised export does', async () => {
    const period = checkRequest({ kind: 'quarterly', period: '2025/26 Q1', format: 'pdf' }).period;
    const report = await buildReportDocument(server.deps, 'quarterly', period);
    const rows = await exportRows(server.deps, '2025/26 Q1', { authorisedOnly: true });
    const tables = report.chapters
      .find((c) => c.id === 'indicators')!
      .sections.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'indicator-table' ? b.entries : []));
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
    // Worked example from the demo council: 48 rated rows at Q1, 7 Strong, 6 Action.
    expect(headline).toMatchObject({ Strong: 7, Good: 23, Review: 10, Action: 6 });
  });

  it('is a Word document with the headings, an exception and its figures', async () => {
    const file = await generateReport(server.deps, {
      kind: 'quarterly',
      period: '2025/26 Q1',
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
    expect(text).toContain('CD01 Calls answered by the contact centre (%)');
    expect(text).toMatch(/77\.2%\s+90\.0%\s+Action/);
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    const footer = await zip.file(footers[0]!)!.async('string');
    expect(footer).toContain('PAGE');
    expect(await zip.file('word/footnotes.xml')!.async('string')).toContain('Derbyshire');
  });

  it('is a PDF whose pages convert to PNG', async () => {
    const file = await generateReport(server.deps, {
      kind: 'quarterly',
      period: '2025/26 Q1',
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
      { kind: 'portfolio', period: '2025/26 Q1', portfolio: 'Planning and Economic Growth' },
      { kind: 'exception', period: '2025/26 Q2' },
      { kind: 'annual', period: '2024/25' },
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
    const period = checkRequest({ kind: 'quarterly', period: '2025/26 Q1', format: 'pdf' }).period;
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
      period: '2025-10',
      format: 'pdf',
    });
    const pages = await keepPages('dashboard', pdf.bytes);
    if (pages !== -1) {
      expect(pages).toBe(1);
      const png = await generateReport(server.deps, {
        kind: 'dashboard',
        period: '2025-10',
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
    const url = `${server.url}/api/reports/quarterly?period=${encodeURIComponent('2025/26 Q1')}&format=docx`;
    const res = await fetch(url, { headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin } });
    const stranger = await fetch(url);
    expect(stranger.status).toBe(401);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="quarterly-2025-26-q1.docx"',
    );
  });

  it('lists the reports as JSON and serves an Excel view', async () => {
    const list = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get('/api/reports');
    expect(list.status).toBe(200);
    expect(list.body.reports.map((r: { kind: string }) => r.kind)).toContain('dashboard');
    const res = await fetch(
      `${server.url}/api/reports/excel?view=indicators&period=2025%2F26%20Q1`,
      {
        headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
  });
});
