// The Excel pack read back with exceljs, on the demo council at the suite's fixed day: one sheet
// per view with readable headers (the tab's rating words, never codes), figures kept as numbers in
// their indicator's format, fitted and capped widths, the header frozen and filtered, and A4
// landscape printing one page wide with the header row repeated.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../app/catalogue/index.js';
import type { AppDeps } from '../../app/deps.js';
import { RATING_LABELS } from '../../domain/ratings/index.js';
import { formatValue } from '../../domain/values/index.js';
import { demoAt } from '../../../test/support/demo-at.js';
import { excelOfView, excelPack } from './excel-view.js';
import { excelFigure, excelNumberFormat } from './number-format.js';
import { wrappedLines } from './sheet-table.js';

const PERIOD = '2025/26 Q2';
let deps: AppDeps;
let cat: Catalogue;
let book: ExcelJS.Workbook;

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const b = new ExcelJS.Workbook();
  await b.xlsx.load(new Uint8Array(bytes).buffer);
  return b;
}
const headerOf = (sheet: ExcelJS.Worksheet): string[] =>
  (sheet.getRow(1).values as unknown[]).slice(1).map(String);
const columnOf = (sheet: ExcelJS.Worksheet, name: string) =>
  sheet.getColumn(headerOf(sheet).indexOf(name) + 1);

beforeAll(async () => {
  deps = await demoAt();
  cat = await loadCatalogue(deps.store);
  book = await read(await excelPack(deps, PERIOD));
});

describe('the Excel pack', { timeout: 60_000 }, () => {
  it('has one sheet per view, in order', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Exceptions',
      'All indicators',
      'Key actions',
    ]);
  });

  it('heads every column in words, with the rating labels the tab shows and no internal codes', () => {
    const codes = /^(not-due|not-available|no-target|not-rated|good|strong|review|action)$/;
    for (const sheet of book.worksheets) {
      for (const h of headerOf(sheet)) expect(h, sheet.name).not.toMatch(codes);
    }
    const summary = headerOf(book.getWorksheet('Summary')!);
    expect(summary.slice(0, 2)).toEqual(['Group', 'Name']);
    expect(summary).toContain('Total');
    for (const label of summary.slice(2, -1)) {
      expect(Object.values(RATING_LABELS)).toContain(label);
    }
    expect(headerOf(book.getWorksheet('All indicators')!)).toEqual(
      expect.arrayContaining([
        'Indicator',
        'Rating now',
        'Direction of travel: last period',
        'Year-end forecast',
        'Not yet authorised',
      ]),
    );
    expect(headerOf(book.getWorksheet('Key actions')!)).toContain('Rating');
  });

  it('counts the council on the Summary sheet: its Total is every indicator listed', () => {
    const summary = book.getWorksheet('Summary')!;
    const all = book.getWorksheet('All indicators')!;
    const council = summary.getRow(2);
    expect(council.getCell(1).value).toBe('Council');
    expect(council.getCell(headerOf(summary).length).value).toBe(all.rowCount - 1);
    const groups = new Set<unknown>();
    summary.eachRow((r, n) => n > 1 && groups.add(r.getCell(1).value));
    expect([...groups]).toEqual(['Council', 'Priority', 'Directorate', 'Key actions']);
  });

  it("keeps figures as numbers in their indicator's format, as the tab writes them", () => {
    const sheet = book.getWorksheet('All indicators')!;
    const value = headerOf(sheet).indexOf('Value') + 1;
    const byCode = new Map([...cat.indicators.values()].map((i) => [i.code, i]));
    const units = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(value);
      if (cell.value === null) return;
      const indicator = byCode.get(String(row.getCell(1).value))!;
      expect(typeof cell.value).toBe('number');
      expect(cell.numFmt).toBe(excelNumberFormat(indicator.unit, indicator.decimals));
      units.add(indicator.unit);
    });
    // The demo has percentages, days and counts at least, so those formats were all tried.
    expect([...units]).toEqual(expect.arrayContaining(['percentage', 'days', 'count']));
  });

  it('writes each unit the way formatFigure does, a £000 figure in pounds', () => {
    expect(excelNumberFormat('percentage', 1)).toBe('#,##0.0"%"');
    expect(excelNumberFormat('currency', 2)).toBe('"£"#,##0.00;-"£"#,##0.00');
    expect(excelNumberFormat('days', 1)).toBe('#,##0.0" days"');
    expect(excelNumberFormat('count', 0)).toBe('#,##0');
    const savings = [...cat.indicators.values()].find((i) => i.title.includes('(£000)'))!;
    expect(excelFigure(292, { ...savings, decimals: 0 })).toEqual({
      value: 292_000,
      numFmt: '"£"#,##0;-"£"#,##0',
      text: '£292,000',
    });
    expect(excelFigure(68.6, { unit: 'percentage', decimals: 1, title: 'Rate' })).toEqual({
      value: 68.6,
      numFmt: '#,##0.0"%"',
      text: formatValue(68.6, 'percentage', 1),
    });
  });

  it('fits columns to their content within a cap, wrapping long text', () => {
    const sheet = book.getWorksheet('All indicators')!;
    const title = columnOf(sheet, 'Indicator');
    const longest = Math.max(
      ...[...cat.indicators.values()].filter((i) => !i.retired).map((i) => i.title.length),
    );
    expect(longest).toBeGreaterThan(40);
    expect(title.width).toBe(40);
    expect(sheet.getCell(2, title.number).alignment?.wrapText).toBe(true);
    expect(columnOf(sheet, 'Code').width).toBeLessThan(12);
    // "A clean, gre…": no title is cut off, because it wraps within the capped width.
    for (const s of book.worksheets) {
      s.columns.forEach((c) => expect(c.width, `${s.name} ${c.number}`).toBeGreaterThanOrEqual(6));
    }
  });

  it('counts wrapped lines at spaces, breaking only a word too long for the column', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('Place and Environment', 18)).toBe(2);
    expect(wrappedLines('Waste and Recycling', 21)).toBe(1);
    expect(wrappedLines('Supercalifragilistic', 8)).toBe(3);
    expect(wrappedLines('one\ntwo', 30)).toBe(2);
  });

  it('freezes and filters the header row and prints A4 landscape, one page wide, header repeated', () => {
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      expect(sheet.headerFooter.oddFooter).toContain('Page &P of &N');
    }
  });

  it('gives the tab one sheet for the exceptions and for the indicators', async () => {
    const exceptions = await read(await excelOfView(deps, 'exceptions', PERIOD));
    expect(exceptions.worksheets.map((s) => s.name)).toEqual(['Exceptions']);
    expect(headerOf(exceptions.worksheets[0]!)).toEqual(
      expect.arrayContaining(['Reasons', 'Actions', 'Action plan owner']),
    );
    const indicators = await read(await excelOfView(deps, 'indicators', '2025/26'));
    expect(indicators.worksheets.map((s) => s.name)).toEqual(['All indicators']);
  });

  it('refuses a period it cannot read, naming the field', async () => {
    await expect(excelPack(deps, 'Q7 of never')).rejects.toMatchObject({
      problems: [expect.objectContaining({ field: 'period' })],
    });
  });
});
