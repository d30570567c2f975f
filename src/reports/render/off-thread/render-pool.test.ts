// The worker pool renders exactly what rendering in place does, keeps a bad input a clear
// ValidationError across the thread boundary, and refuses what cannot cross it without stalling.
import { afterAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../domain/periods/index.js';
import { seedDemoCouncil } from '../../../demo/index.js';
import { openSqliteStore } from '../../../stores/sqlite/index.js';
import { ValidationError } from '../../../domain/errors/errors.js';
import { buildReportDocument } from '../../generate.js';
import { renderInPlace } from './render-job.js';
import { createRenderPool } from './render-pool.js';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { excelOfView } from '../../excel/excel-view.js';

const pool = createRenderPool({ threads: 1 });
afterAll(() => pool.close());

async function quarterly() {
  const store = openSqliteStore({ file: ':memory:' });
  await seedDemoCouncil(store, { today: '2025-11-20' });
  const deps = { store, clock: { now: () => new Date('2025-11-20T10:00:00Z') } };
  return buildReportDocument(deps, 'quarterly', parsePeriod('2025/26 Q2'));
}

describe('the render pool', () => {
  it('renders a Word report the same as in place, off the calling thread', async () => {
    const report = await quarterly();
    const job = { kind: 'report-docx' as const, report, assets: {} };
    const [pooled, here] = await Promise.all([pool.render(job), renderInPlace(job)]);
    // The same document body (the zip's other parts carry the moment it was written).
    const body = async (bytes: Buffer) =>
      (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(await body(pooled)).toBe(await body(here));
    expect(await body(pooled)).toContain('Quarterly');
    expect(pool.pending()).toBe(0);
  }, 60_000);

  it('writes an Excel pack off the calling thread with the same sheets as in place', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await seedDemoCouncil(store, { today: '2025-11-20' });
    const deps = { store, clock: { now: () => new Date('2025-11-20T10:00:00Z') } };
    const sheetsOf = async (bytes: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as never);
      return book.worksheets.map((w) => `${w.name}: ${w.rowCount} rows`);
    };
    const pooled = await excelOfView(deps, 'dashboard', '2025/26 Q2', pool.render);
    const here = await excelOfView(deps, 'dashboard', '2025/26 Q2');
    expect(await sheetsOf(pooled)).toEqual(await sheetsOf(here));
    expect((await sheetsOf(pooled)).length).toBe(4);
  }, 60_000);

  it('keeps a refused logo a ValidationError naming the setting', async () => {
    const report = await quarterly();
    const bad = pool.render({
      kind: 'report-pdf',
      report,
      assets: { logoPng: Buffer.from('GIF89a') },
    });
    await expect(bad).rejects.toThrow(ValidationError);
    await expect(bad).rejects.toThrow(/GT_COUNCIL_LOGO/);
  }, 60_000);

  it('refuses a job that cannot cross to the worker, and goes on rendering', async () => {
    const report = await quarterly();
    // A job the worker cannot even receive: structured clone refuses a function.
    const unclonable = { kind: 'report-pdf', report: { ...report, title: () => 'x' }, assets: {} };
    await expect(pool.render(unclonable as never)).rejects.toThrow(/could not be cloned/);
    expect(pool.pending()).toBe(0);
    const bytes = await pool.render({ kind: 'report-pdf', report, assets: {} });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
