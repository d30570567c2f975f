// The quarterly report's breakdowns (issue 16): an indicator whose authorised figure has a
// breakdown gets a table of it (each ward or group with its value and parts), in the document
// model, the Word file and the PDF; a breakdown of a figure not yet authorised is left out with the
// figure. The quarter is found from the demo's data for the suite's day.
import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodContaining, tryParsePeriod, type Period } from '../../src/domain/periods/index.js';
import { buildReportDocument, generateReport } from '../../src/reports/index.js';
import type { Block, ReportDocument } from '../../src/reports/model/types.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ARTEFACTS = '/tmp/gt/reports';
let server: TestServer;
let quarter: Period;
let report: ReportDocument;
let wards: { label: string; valueText: string }[];

beforeAll(async () => {
  server = await startTestServer();
  const { store } = server.deps;
  const wr02 = (await store.query('indicators')).find((i) => i.fields.code === 'WR02')!;
  const returns = await store.query('returns', { indicatorId: wr02.id });
  const values = await store.query('breakdownValues', { indicatorId: wr02.id });
  // A WR02 quarter whose figure is authorised and broken down by ward.
  const ret = returns.find(
    (r) =>
      r.fields.state === 'authorised' &&
      values.some((v) => v.fields.periodKey === r.fields.periodKey),
  )!;
  quarter = periodContaining(tryParsePeriod(ret.fields.periodKey)!.end, 'quarter');
  wards = values
    .filter((v) => v.fields.periodKey === ret.fields.periodKey)
    .map((v) => ({ label: v.fields.label, valueText: `${v.fields.value!.toFixed(1)}%` }));
  report = await buildReportDocument(server.deps, 'quarterly', quarter);
}, 60_000);
afterAll(() => server?.stop());

describe('the quarterly report’s breakdowns', () => {
  it('has a table for each authorised figure’s breakdown, each of an authorised figure', async () => {
    const chapter = report.chapters.find((c) => c.id === 'breakdowns')!;
    expect(chapter.heading).toBe('Breakdowns by place and community');
    const section = chapter.sections.find((s) => s.heading?.startsWith('WR02 '))!;
    const table = section.blocks[0] as Extract<Block, { kind: 'table' }>;
    expect(table.header).toEqual(['Ward', 'Code', 'Value', 'Numerator', 'Denominator']);
    expect(table.rows).toHaveLength(21);
    for (const w of wards) expect(table.rows.find((r) => r[0] === w.label)?.[2]).toBe(w.valueText);
    // Every section is of an authorised figure for the report's periods.
    const data = await server.deps.store.query('returns');
    for (const s of chapter.sections) {
      const code = s.heading!.split(' ')[0]!;
      const ind = (await server.deps.store.query('indicators')).find(
        (i) => i.fields.code === code,
      )!;
      const label = s.heading!.split(', ').pop()!;
      const ret = data.find(
        (r) =>
          r.fields.indicatorId === ind.id && tryParsePeriod(r.fields.periodKey)?.label === label,
      )!;
      expect(ret.fields.state).toBe('authorised');
    }
  });

  it('is in the Word file and the PDF', async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    const docx = await generateReport(server.deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'docx',
    });
    const xml = await (
      await JSZip.loadAsync(docx.bytes)
    )
      .file('word/document.xml')!
      .async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Breakdowns by place and community');
    for (const w of wards.slice(0, 3)) expect(text).toContain(w.label);
    const pdf = await generateReport(server.deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'pdf',
    });
    writeFileSync(`${ARTEFACTS}/quarterly-breakdowns.pdf`, pdf.bytes);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
