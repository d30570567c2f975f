// `golden-thread export --format xlsx` as the real command in a child process, against a temp
// SQLite file holding the demo council built for a fixed day (GT_SEED_DEMO=false, so the command
// never seeds one for the real today): it writes the Excel pack, four sheets with readable headers;
// a period it cannot read, a missing --out or an unknown format is named, exit code 1, no file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCouncilFolder, type DemoCouncilFolder } from './demo-council-folder.js';

let folder: DemoCouncilFolder;
const gt = (...args: string[]) => folder.gt(...args);

beforeAll(async () => {
  folder = await demoCouncilFolder('2025-11-20');
});
afterAll(() => folder.remove());

describe('golden-thread export --format xlsx', { timeout: 180_000 }, () => {
  it('writes the Excel pack: Summary, Exceptions, All indicators and Key actions', async () => {
    const done = await gt(
      'export',
      '--period',
      '2025/26 Q2',
      '--format',
      'xlsx',
      '--out',
      'pack.xlsx',
    );
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(
      /^Wrote the Excel pack for 2025\/26 Q2 \([\d,]+ bytes\) to pack\.xlsx/,
    );
    expect(folder.written()).toEqual(['pack.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(folder.path, 'pack.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Exceptions',
      'All indicators',
      'Key actions',
    ]);
    const header = (book.getWorksheet('All indicators')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Indicator', 'Rating now', 'Value', 'Target']));
    expect(book.getWorksheet('All indicators')!.rowCount).toBeGreaterThan(20);
  });

  it('refuses a period it cannot read, a missing --out and an unknown format, writing nothing', async () => {
    const before = folder.written();
    const period = await gt(
      'export',
      '--period',
      '2025/26 Q5',
      '--format',
      'xlsx',
      '--out',
      'bad.xlsx',
    );
    expect(period.code).toBe(1);
    expect(period.stderr).toMatch(/period: /);
    const noOut = await gt('export', '--period', '2025/26 Q2', '--format', 'xlsx');
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toMatch(/--out: is required for xlsx/);
    expect(noOut.stdout).toBe('');
    const format = await gt(
      'export',
      '--period',
      '2025/26 Q2',
      '--format',
      'xls',
      '--out',
      'x.xls',
    );
    expect(format.code).toBe(1);
    expect(format.stderr).toMatch(/--format: must be csv, json or xlsx, not "xls"/);
    expect(folder.written()).toEqual(before);
    expect(existsSync(join(folder.path, 'bad.xlsx'))).toBe(false);
  });
});
