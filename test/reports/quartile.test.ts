// The quartile in the quarterly report (issue 16): for two indicators found in the newest complete
// quarter — an exception (shown in detail and in the tables) and one other with a figure — a
// comparator group is given figures around the authorised figure; the report's entries, the PDF's
// indicator tables and details, and the Word file then say the quartile in words, with the group
// average in the details; an indicator without comparator figures shows "–". The PDF's pages are
// kept as PNGs (test-artifacts/reports/quartile-*) for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { periodForIndicator } from '../../src/app/status/index.js';
import { buildReportDocument, generateReport, pdfToPngs } from '../../src/reports/index.js';
import type { Period } from '../../src/domain/periods/index.js';
import type { IndicatorEntry, ReportDocument } from '../../src/reports/model/types.js';
import { SOURCE, clearComparators, standAgainstNewGroup } from '../support/comparators.js';
import { formatFigure } from '../../src/domain/values/index.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ARTEFACTS = 'test-artifacts/reports';
const GROUP = 'Test nearest neighbours';
let server: TestServer;
let quarter: Period;
let exception: IndicatorEntry;
let other: IndicatorEntry;

const entriesOf = (report: ReportDocument, kind: 'indicator-table' | 'indicator-details') =>
  report.chapters
    .flatMap((c) => c.sections.flatMap((s) => s.blocks))
    .flatMap((b) => (b.kind === kind ? b.entries : []));

beforeAll(async () => {
  server = await startTestServer();
  // The demo's own comparators out of the way: this test gives figures to two indicators only.
  await clearComparators(server.deps.store);
  mkdirSync(ARTEFACTS, { recursive: true });
  [quarter] = (await completeQuarters(server.deps, 1)) as [Period];
  const report = await buildReportDocument(server.deps, 'quarterly', quarter);
  const cat = await loadCatalogue(server.deps.store);
  const ranked = (e: IndicatorEntry) =>
    e.value !== null && cat.indicators.get(e.id)?.polarity !== 'none';
  exception = entriesOf(report, 'indicator-details').find(ranked)!;
  expect(exception, 'an exception with an authorised figure').toBeDefined();
  other = entriesOf(report, 'indicator-table').find((e) => ranked(e) && e.id !== exception.id)!;
  // The period each shows: its own frequency's latest within the quarter.
  const keyOf = (e: IndicatorEntry) => periodForIndicator(cat.indicators.get(e.id)!, quarter).key;
  // The exception: 4 better, 12 worse → 5th of 17, the 2nd quartile; a published average.
  const standing = { council: exception.value!, better: 4, worse: 12, average: 50 };
  await standAgainstNewGroup(
    server.deps.store,
    exception.id,
    [{ periodKey: keyOf(exception), ...standing }],
    GROUP,
  );
  // The other: worse than all 3 → 4th of 4, the 4th quartile; the mean stands in for the average.
  await standAgainstNewGroup(
    server.deps.store,
    other.id,
    [{ periodKey: keyOf(other), council: other.value!, better: 3, worse: 0 }],
    'Test county councils',
  );
}, 120_000);
afterAll(() => server.stop());

describe('the quartile in the quarterly report', () => {
  it('is in the entries: words for the table, place and average for the details', async () => {
    const report = await buildReportDocument(server.deps, 'quarterly', quarter);
    const cat = (await loadCatalogue(server.deps.store)).indicators;
    const detail = entriesOf(report, 'indicator-details').find((e) => e.id === exception.id)!;
    expect(detail.quartile).toEqual({
      words: `2nd quartile of 16 ${GROUP}`,
      text: `2nd quartile of 16 ${GROUP} (5th of 17, counting the council); ${GROUP} average ${formatFigure(50, cat.get(exception.id)!)} (${SOURCE})`,
    });
    const table = entriesOf(report, 'indicator-table');
    expect(table.find((e) => e.id === other.id)!.quartile).toMatchObject({
      words: '4th quartile of 3 Test county councils',
      text: expect.stringContaining(
        "Test county councils: mean of the 3 members' figures",
      ) as string,
    });
    // Every other indicator has no comparator figures: no quartile, and a rating against target still.
    const rest = table.filter((e) => e.id !== exception.id && e.id !== other.id);
    expect(rest.length).toBeGreaterThan(0);
    for (const e of rest) expect(e.quartile, e.code).toBeNull();
    expect(table.find((e) => e.id === exception.id)!.rating).toEqual(detail.rating);
  });

  it('prints it in the PDF’s tables and details, and in the Word file', async () => {
    const pdf = await generateReport(server.deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'pdf',
    });
    writeFileSync(`${ARTEFACTS}/quartile.pdf`, pdf.bytes);
    const text = execFileSync('pdftotext', ['-raw', `${ARTEFACTS}/quartile.pdf`, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('Quartile');
    expect(text).toContain('5th of 17, counting the council');
    // Table cells wrap, so the words are looked for as a sequence of words.
    expect(text).toMatch(/2nd quartile of 16 Test nearest\sneighbours/);
    expect(text).toMatch(/4th quartile of 3 Test county\scouncils/);
    const pages = await pdfToPngs(pdf.bytes, 60);
    pages.forEach((png, i) => writeFileSync(`${ARTEFACTS}/quartile-page-${i + 1}.png`, png));

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
    const words = xml.replace(/<[^>]+>/g, '');
    expect(words).toContain(`2nd quartile of 16 ${GROUP} (5th of 17, counting the council)`);
    expect(words).toContain('4th quartile of 3 Test county councils');
  });
});
