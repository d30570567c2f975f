// Reports people can trust (issue 14), on the demo council at the suite's fixed moment, in a store
// of this file's own: a figure awaiting authorisation is named in words and counted apart (never
// as a rating, "Missing" or "No rating"), with the same counts as the dashboard; the rating now
// stands beside the rated year-end forecast, both labelled; a restated figure is marked with its
// reason in the report and in open data; and the quarterly report's "Data quality" section gives
// the quarter's spot checks, their findings and corrective actions (or says there were none).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/app/dashboard/index.js';
import { targetFor } from '../../src/app/catalogue/index.js';
import { rateFigure, type IndicatorStatusRow } from '../../src/app/status/index.js';
import type { WriteContext } from '../../src/domain/ports/store.js';
import type { Period } from '../../src/domain/periods/index.js';
import { provisionalLabel } from '../../src/domain/workflow/provisional.js';
import {
  buildReportDocument,
  excelOfView,
  generateReport,
  openData,
  openDataCsv,
} from '../../src/reports/index.js';
import { loadReportData, type ReportData } from '../../src/reports/model/report-data.js';
import type { Block, IndicatorEntry, ReportDocument } from '../../src/reports/model/types.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { keepPages, pdfText } from './office.js';

let server: TestServer;
let quarter: Period;
let data: ReportData;
/** Three authorised figures of the quarter, each changed below in this file's store. */
let provisional: IndicatorStatusRow;
let restated: IndicatorStatusRow;
let forecast: IndicatorStatusRow;
const REASON = 'The contractor recounted the tonnage collected';
const ctx: WriteContext = { actorId: 'test', channel: 'system' };

beforeAll(async () => {
  server = await startTestServer();
  [quarter] = (await completeQuarters(server.deps, 1)) as [Period];
  const before = await loadReportData(server.deps, quarter);
  const authorised = before.rows.filter(
    (r) => r.authorised && r.ret && r.value !== null && r.target !== null,
  );
  // Open data shows published indicators only: the restated figure is one of them.
  restated = authorised.find((r) => r.indicator.published)!;
  [provisional, forecast] = authorised.filter((r) => r !== restated) as [
    IndicatorStatusRow,
    IndicatorStatusRow,
  ];
  const store = server.deps.store;
  const ret = (r: IndicatorStatusRow) => r.ret!;
  // Checked but not authorised: provisional, awaiting authorisation.
  await store.update(
    'returns',
    ret(provisional).id,
    ret(provisional).version,
    { state: 'checked' },
    ctx,
  );
  // Reopened after authorisation and authorised again, as the reopen use case leaves it.
  const r = ret(restated);
  await store.update(
    'returns',
    r.id,
    r.version,
    {
      restatements: [
        {
          value: r.value! * 1.1,
          notAvailableReason: null,
          commentary: r.commentary,
          forecast: r.forecast,
          enteredBy: r.enteredBy,
          checkedBy: r.checkedBy,
          authorisedBy: r.authorisedBy,
          authorisedAt: r.authorisedAt,
          reopenedBy: r.authorisedBy ?? 'test',
          reopenedAt: server.deps.clock.now().toISOString(),
          reason: REASON,
        },
      ],
    },
    ctx,
  );
  // A year-end forecast well above the figure, so it may rate differently from the rating now.
  await store.update(
    'returns',
    ret(forecast).id,
    ret(forecast).version,
    { forecast: forecast.value! * 1.5 },
    ctx,
  );
  data = await loadReportData(server.deps, quarter);
}, 60_000);

afterAll(() => server?.stop());

const blocksOf = (report: ReportDocument, chapter: string): Block[] =>
  report.chapters.find((c) => c.id === chapter)!.sections.flatMap((s) => s.blocks);

function entriesOf(report: ReportDocument, chapter: string): IndicatorEntry[] {
  return blocksOf(report, chapter).flatMap((b) =>
    b.kind === 'indicator-table' || b.kind === 'indicator-details' ? b.entries : [],
  );
}

const entryFor = (report: ReportDocument, code: string) =>
  entriesOf(report, 'indicators').find((e) => e.code === code)!;

describe('the quarterly report on authorised figures', () => {
  it('names a figure awaiting authorisation in words and counts it apart, as the dashboard does', async () => {
    const report = await buildReportDocument(server.deps, 'quarterly', quarter);
    const entry = entryFor(report, provisional.indicator.code);
    const words = provisionalLabel('checked')!;
    expect(entry.rating.state).toBe('provisional');
    expect(entry.rating.label).toBe('Provisional');
    expect(entry.provisional!.toLowerCase()).toBe(words);
    expect(entry.value).toBeNull();
    // Never an exception nor "missing": it is with its authoriser.
    expect(entriesOf(report, 'exceptions').map((e) => e.code)).not.toContain(entry.code);
    const summary = blocksOf(report, 'summary');
    const text = summary.find((b) => b.kind === 'paragraph')!;
    expect(text).toMatchObject({ text: expect.stringContaining(`${entry.code} (${words})`) });
    // The summary's counts are the dashboard API's for the same period, column by column.
    const counts = summary.find((b) => b.kind === 'summary')!;
    if (counts.kind !== 'summary') throw new Error('no summary');
    const { states, totals } = counts.summary;
    const api = await buildDashboard(server.deps, quarter.key);
    expect(api.basis).toBe('authorised');
    expect(totals.total).toBe(api.totals.total);
    const provisionalAt = states.indexOf('provisional');
    expect(counts.summary.columns[provisionalAt]).toBe('Provisional');
    expect(totals.counts[provisionalAt]).toBe(
      data.rows.filter((r) => r.rating.state === 'provisional').length,
    );
    expect(totals.counts[provisionalAt]).toBeGreaterThan(0);
    states.forEach((s, i) => {
      if (s !== null) expect(totals.counts[i], s).toBe(api.totals[s] ?? 0);
    });
  });

  it('shows the rating now beside the rated year-end forecast, both labelled', async () => {
    const report = await buildReportDocument(server.deps, 'quarterly', quarter);
    const entry = entryFor(report, forecast.indicator.code);
    const year = forecast.period.year;
    const target = targetFor(data.cat, forecast.indicator.id, year, year);
    const expected = rateFigure(forecast.indicator, forecast.value! * 1.5, target, data.settings);
    expect(entry.yearEnd).not.toBeNull();
    expect(entry.yearEnd!.rating).toEqual({ state: expected.state, label: expected.label });
    expect(entry.rating.state).toBe(forecast.rating.state);
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
    expect(xml).toContain('Rating now');
    expect(xml).toContain('Year-end forecast');
    expect(xml).toContain(`${expected.label}: ${entry.yearEnd!.valueText} against`);
  });

  it("labels the Excel dashboard's ratings now and at year end, and names provisional figures", async () => {
    const book = new ExcelJS.Workbook();
    const bytes = await excelOfView(server.deps, 'dashboard', quarter.key);
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = book.getWorksheet('All indicators')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['Rating now', 'Year-end forecast', 'Not yet authorised']),
    );
    const col = (name: string) => header.indexOf(name) + 1;
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === code) found = r;
      });
      return found!;
    };
    const p = rowOf(provisional.indicator.code);
    expect(p.getCell(col('Not yet authorised')).value).toBe(provisionalLabel('checked'));
    expect(p.getCell(col('Rating now')).value).toBe('Provisional');
    expect(String(rowOf(forecast.indicator.code).getCell(col('Year-end forecast')).value)).toMatch(
      /^(Strong|Good|Review|Action|Green|Amber|Red|No target|Context only|Not rated): /,
    );
    const counts = (book.getWorksheet('Summary')!.getRow(1).values as unknown[]).slice(1);
    expect(counts).toContain('Provisional');
  });

  it('marks a restated figure with its reason in the report and in open data', async () => {
    const report = await buildReportDocument(server.deps, 'quarterly', quarter);
    expect(entryFor(report, restated.indicator.code).restated).toBe(`Restated — ${REASON}`);
    expect(entryFor(report, forecast.indicator.code).restated).toBeNull();
    const open = await openData(server.deps, quarter.key);
    const row = open.rows.find((r) => r.code === restated.indicator.code)!;
    expect(row).toMatchObject({ restated: true, restated_reason: REASON });
    expect(open.rows.filter((r) => r.restated)).toHaveLength(1);
    const csv = openDataCsv(open).split('\n');
    expect(csv[0]).toMatch(/,restated,restated_reason$/);
    const line = csv.find((l) => l.startsWith(`${restated.indicator.code},`))!;
    expect(line).toContain(`,true,${REASON}`);
  });

  it('says when no spot checks were recorded for the quarter', async () => {
    const report = await buildReportDocument(server.deps, 'quarterly', quarter);
    expect(blocksOf(report, 'data-quality')).toEqual([
      { kind: 'paragraph', text: `No spot checks were recorded for ${quarter.label}.` },
    ]);
  });

  it("gives the quarter's spot checks, findings by count and by indicator, and corrective actions", async () => {
    const store = server.deps.store;
    const people = (await store.query('people')).map((p) => p.id);
    const [a, b, c, d, e] = data.rows.map((r) => r.indicator);
    const drawnAt = server.deps.clock.now().toISOString();
    const draw = (superseded: boolean, ids: string[]) =>
      store.create(
        'spotCheckDraws',
        {
          periodKey: quarter.key,
          seed: 'test',
          count: ids.length,
          indicatorIds: ids,
          drawnBy: people[0]!,
          drawnAt,
          redrawReason: superseded ? null : 'The first draw missed the new waste indicators',
          superseded,
        },
        ctx,
      );
    const old = await draw(true, [e!.id]);
    const current = await draw(false, [a!.id, b!.id, c!.id, d!.id]);
    const check = (
      drawId: string,
      indicatorId: string,
      finding: 'confirmed' | 'minor-issue' | 'figure-wrong' | null,
      correctiveAction = '',
    ) =>
      store.create(
        'spotChecks',
        {
          drawId,
          periodKey: quarter.key,
          indicatorId,
          returnId: null,
          checkerId: people[1]!,
          state: finding ? 'done' : 'assigned',
          riskReasons: finding === 'figure-wrong' ? ['a large swing'] : [],
          finding,
          notes: finding ? `Compared with the evidence (${finding})` : '',
          correctiveAction,
          doneAt: finding ? drawnAt : null,
        },
        ctx,
      );
    await check(old.id, e!.id, 'figure-wrong', 'From the replaced draw');
    await check(current.id, a!.id, 'confirmed');
    await check(current.id, b!.id, 'minor-issue');
    await check(current.id, c!.id, 'figure-wrong', 'Recount the tonnage and restate the figure');
    await check(current.id, d!.id, null);

    const report = await buildReportDocument(server.deps, 'quarterly', quarter);
    const chapter = report.chapters.find((ch) => ch.id === 'data-quality')!;
    expect(chapter.heading).toBe('Data quality');
    const section = (heading: string | null) =>
      chapter.sections.find((s) => s.heading === heading)!.blocks[0]!;
    expect(section(null)).toMatchObject({
      text: expect.stringContaining('drew 4 indicators for spot checks'),
    });
    expect(section(null)).toMatchObject({
      text: expect.stringContaining('The first draw missed the new waste indicators'),
    });
    expect(section('Findings')).toMatchObject({
      rows: [
        ['Confirmed', '1'],
        ['Minor issue', '1'],
        ['Figure wrong', '1'],
        ['Procedure wrong', '0'],
        ['Not yet checked', '1'],
        ['All spot checks', '4'],
      ],
    });
    const byIndicator = section('By indicator');
    if (byIndicator.kind !== 'table') throw new Error('no table by indicator');
    expect(byIndicator.rows.map((r) => r[0]).sort()).toEqual(
      [a, b, c, d].map((i) => `${i!.code} ${i!.title}`).sort(),
    );
    const checker = data.cat.people.get(people[1]!)!.name;
    expect(byIndicator.rows.every((r) => r[1] === checker)).toBe(true);
    expect(section('Corrective actions')).toMatchObject({
      rows: [
        [`${c!.code} ${c!.title}`, 'Figure wrong', 'Recount the tonnage and restate the figure'],
      ],
    });
    expect(JSON.stringify(chapter)).not.toContain('From the replaced draw');

    // As a reader sees it: the PDF's text has the section, the marks and both ratings' labels.
    const pdf = await generateReport(server.deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'pdf',
    });
    await keepPages('quarterly-trust', pdf.bytes);
    const text = await pdfText(pdf.bytes);
    for (const words of [
      'Data quality',
      'Recount the tonnage and restate the figure',
      `Restated — ${REASON}`,
      'Provisional — awaiting authorisation',
      'Rating now',
      'Year-end forecast',
    ])
      expect(text).toContain(words);
  }, 60_000);
});
