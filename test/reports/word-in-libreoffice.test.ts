// The Word reports as another office suite lays them out: the quarterly, portfolio, exception,
// annual and Performance and Budget reports from the demo council, each opened once by
// LibreOffice and printed to PDF. The document must carry its own table layout (fixed, with its width, a grid and a width on every
// cell), so no suite falls back to equal columns and splits words; the pages must come out close
// to our own PDF's count; and the contents must work without any field being updated. The pages
// are kept under test-artifacts/reports for a person to look at.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { londonDate, periodContaining, previousPeriod } from '../../src/domain/periods/index.js';
import {
  buildReportDocument,
  generateReport,
  type ReportRequest,
} from '../../src/reports/index.js';
import { TEXT_TWIPS } from '../../src/reports/render/docx/page.js';
import { demoAt } from '../support/demo-at.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { keepPages, pageCount, pdfText, wordToPdf } from './office.js';

interface Printed {
  name: string;
  /** word/document.xml of the Word file. */
  xml: string;
  /** The Word file as LibreOffice prints it, its text (white space made single) and pages. */
  text: string;
  /**
   * The same text with each line kept in its column (pdftotext -layout): read in reading order, a
   * header broken at a hyphen ("Year-" / "end forecast") is joined to the next column's word
   * ("YearQuartile"), which would look like a split word.
   */
  columns: string;
  pages: number;
  /** Pages of our own PDF of the same report. */
  ownPages: number;
}

const printed: Printed[] = [];
/** The Performance and Budget report's sentences naming each directorate's forecast outturn. */
let outturns: string[] = [];

beforeAll(async () => {
  const deps = await demoAt();
  const [quarter] = await completeQuarters(deps, 1);
  const lastYear = previousPeriod(periodContaining(londonDate(deps.clock.now()), 'year'));
  const cases: [string, Omit<ReportRequest, 'format'>][] = [
    ['quarterly', { kind: 'quarterly', period: quarter!.key }],
    [
      'portfolio',
      { kind: 'portfolio', period: quarter!.key, portfolio: 'Planning and Economic Growth' },
    ],
    ['exception', { kind: 'exception', period: quarter!.key }],
    ['annual', { kind: 'annual', period: lastYear.key }],
    ['performance-budget', { kind: 'performance-budget', period: quarter!.key }],
  ];
  const pb = await buildReportDocument(deps, 'performance-budget', quarter!);
  outturns = pb.chapters
    .find((c) => c.id === 'budget')!
    .sections.flatMap((sec) => sec.blocks)
    .flatMap((b) => (b.kind === 'paragraph' ? b.text.split('\n') : []))
    .flatMap((t) => t.match(/[^.;\n]*: forecast outturn -?£[\d,]+/g) ?? []);
  // One after another: each conversion starts a LibreOffice of its own, and the machine is shared.
  for (const [name, req] of cases) {
    const docx = (await generateReport(deps, { ...req, format: 'docx' })).bytes;
    const own = (await generateReport(deps, { ...req, format: 'pdf' })).bytes;
    const pdf = await wordToPdf(docx);
    await keepPages(`word-in-libreoffice-${name}`, pdf);
    printed.push({
      name,
      xml: await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string'),
      text: await pdfText(pdf),
      columns: await pdfText(pdf, { layout: true }),
      pages: await pageCount(pdf),
      ownPages: await pageCount(own),
    });
  }
});

const unescape = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each paragraph's text, its runs joined. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    unescape([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
const rowsOf = (tbl: string) => [...tbl.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
const cellsOf = (tr: string) => [...tr.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]);
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

/** Long words, where a word split across two lines of a narrow column shows first. */
const LONG_WORD = /[A-Za-z]{8,}/g;

describe.each(['quarterly', 'portfolio', 'exception', 'annual', 'performance-budget'])(
  'the %s report in Word',
  (name) => {
    const report = () => printed.find((p) => p.name === name)!;

    it('lays out every table itself: fixed, its width, a grid column and a cell width each', () => {
      const all = tables(report().xml);
      expect(all.length).toBeGreaterThan(0);
      for (const tbl of all) {
        expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
        expect(tbl).toMatch(new RegExp(`<w:tblW w:type="dxa" w:w="${TEXT_TWIPS}"/>`));
        const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_TWIPS);
        const rows = rowsOf(tbl);
        // The header row repeats on each page the table runs onto; no row is split over two.
        expect(rows[0]).toContain('<w:tblHeader/>');
        for (const tr of rows) {
          expect(tr).toContain('<w:cantSplit/>');
          const widths = cellsOf(tr).map((tc) =>
            Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(tc)?.[1] ?? NaN),
          );
          expect(widths).toEqual(grid);
        }
      }
    });

    it('keeps every long word of its tables whole when LibreOffice prints it', () => {
      const { xml, columns: text } = report();
      const inTables = new Set(
        tables(xml).flatMap((tbl) => paragraphs(tbl).flatMap((p) => p.match(LONG_WORD) ?? [])),
      );
      expect(inTables.size).toBeGreaterThan(5);
      // pdftotext joins a line broken at a hyphen ("purchase-" / "to-pay" reads "purchaseto-pay"),
      // so a word is found by where it starts. A word split mid-word ("communiti es") is not found,
      // and it must be found at least as often as the document holds it (headers and footers only
      // add to the printed count).
      const body = paragraphs(xml).join(' ');
      const split = [...inTables].filter((word) => {
        const at = new RegExp(`(?<![A-Za-z])${word}`, 'g');
        return count(text, at) < count(body, at);
      });
      expect(split).toEqual([]);
    });

    it('prints on about as many pages as our own PDF', () => {
      const { pages, ownPages } = report();
      // The Word file sets body text at 11 pt against the PDF's 10 pt, and LibreOffice's line
      // heights are a little taller, so it may run a page or a tenth longer, whichever is more;
      // equal-width columns with split words had the quarterly report at 16 pages to the PDF's 14.
      // Much shorter would mean something went missing.
      expect(pages).toBeLessThanOrEqual(ownPages + Math.max(1, Math.floor(ownPages / 10)));
      expect(pages).toBeGreaterThanOrEqual(ownPages - 1);
    });

    it('has a contents list that needs no field updates, and numbered pages', () => {
      const { xml, text, pages } = report();
      // Each chapter is listed with a link to its heading's bookmark, each bookmark its own id.
      const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
      const marks = [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"/g)];
      expect(anchors.length).toBeGreaterThan(1);
      expect(marks.map((m) => m[1])).toEqual(anchors);
      expect(new Set(marks.map((m) => m[2])).size).toBe(marks.length);
      // Nothing in the body is a field whose result an office suite must compute (a TOC or
      // PAGEREF shows blank or stale until someone presses F9); the footer's page numbers are the
      // only fields, and every suite fills those as it lays out the pages.
      expect(xml).not.toMatch(/<w:instrText|<w:fldSimple/);
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text).toContain(`Page ${pages} of ${pages}`);
    });
  },
);

describe('the Performance and Budget report as LibreOffice prints it', () => {
  it("names every directorate's forecast outturn", () => {
    const { text } = printed.find((p) => p.name === 'performance-budget')!;
    expect(outturns.length).toBeGreaterThan(1);
    for (const sentence of outturns) expect(text).toContain(sentence.trim());
  });
});
