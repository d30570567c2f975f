// The Excel pack opened by LibreOffice Calc, as a council on LibreOffice would open it: saved as
// CSV (one file per sheet, cells as shown) its header rows are the readable ones and its figures
// read as the tab writes them (formatValue); printed to PDF, the All indicators sheet is A4
// landscape, one page wide, on few pages. The PDF pages are kept under test-artifacts/ to look at.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import { formatFigure, inThousands } from '../../src/domain/values/index.js';
import { excelOfView, excelPack } from '../../src/reports/index.js';
import { demoAt } from '../support/demo-at.js';
import { keepPages, officeConvert, officeToPdf, pageCount } from './office.js';

const run = promisify(execFile);
const PERIOD = '2025/26 Q2';
// Comma, double quote, UTF-8, from line 1, …, "save cell contents as shown" on, every sheet (-1):
// LibreOffice ≥ 7.2 then writes one CSV per sheet, named <file>-<sheet>.csv.
const CSV_EVERY_SHEET =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

let deps: AppDeps;
let sheets: Map<string, string[][]>;

beforeAll(async () => {
  deps = await demoAt();
  const files = await officeConvert(await excelPack(deps, PERIOD), 'pack.xlsx', CSV_EVERY_SHEET);
  sheets = new Map(
    [...files].map(([name, bytes]) => [
      name.replace(/^pack-|\.csv$/g, ''),
      parse(bytes.toString('utf8'), { relaxColumnCount: true }) as string[][],
    ]),
  );
}, 180_000);

describe('the Excel pack in LibreOffice Calc', { timeout: 180_000 }, () => {
  it('saves one CSV per sheet whose header row is in words', () => {
    expect([...sheets.keys()].sort()).toEqual(
      ['All indicators', 'Exceptions', 'Key actions', 'Summary'].sort(),
    );
    expect(sheets.get('Summary')![0]!.slice(0, 2)).toEqual(['Group', 'Name']);
    expect(sheets.get('Summary')![0]).toContain('Total');
    expect(sheets.get('All indicators')![0]).toEqual([
      'Code',
      'Indicator',
      'Service',
      'Directorate',
      'Period',
      'Value',
      'Target',
      'Rating now',
      'Direction of travel: last period',
      'Direction of travel: last year',
      'Persistent',
      'Year-end forecast',
      'Not yet authorised',
      'Commentary',
    ]);
    expect(sheets.get('Key actions')![0]).toContain('% complete');
    for (const [name, rows] of sheets) {
      for (const h of rows[0]!) expect(h, name).not.toMatch(/^[a-z]+(-[a-z]+)+$|^[a-z]+_[a-z_]+$/);
    }
  });

  it('shows each figure as the tab writes it, and never cuts a title short', async () => {
    const cat = await loadCatalogue(deps.store);
    const byCode = new Map([...cat.indicators.values()].map((i) => [i.code, i]));
    const [header, ...rows] = sheets.get('All indicators')!;
    const value = header!.indexOf('Value');
    let compared = 0;
    for (const row of rows) {
      const indicator = byCode.get(row[0]!)!;
      expect(row[1]).toBe(indicator.title);
      if (row[value] === '') continue;
      // Read back from the shown text, then written by the tab's formatter: the two must agree.
      const shown = Number(row[value]!.replace(/[^\d.-]/g, ''));
      const entered = inThousands(indicator) ? shown / 1000 : shown;
      expect(row[value], indicator.code).toBe(formatFigure(entered, indicator));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('prints All indicators A4 landscape, one page wide, on few pages', async () => {
    const pdf = await officeToPdf(await excelOfView(deps, 'indicators', PERIOD), 'xlsx');
    const pages = await pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const dir = mkdtempSync(path.join(tmpdir(), 'gt-pdfinfo-'));
    try {
      writeFileSync(path.join(dir, 'p.pdf'), pdf);
      const info = (await run('pdfinfo', [path.join(dir, 'p.pdf')])).stdout;
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      expect(Number(w)).toBeGreaterThan(Number(h));
      expect(Math.round(Number(w))).toBe(842); // A4's long side
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await keepPages('excel-all-indicators', pdf);
    await keepPages('excel-pack', await officeToPdf(await excelPack(deps, PERIOD), 'xlsx'));
  });
});
