// Seconds to generate the Quarterly Performance Report, as Word and as PDF: 300 indicators here,
// and the scale run's 1,000 (bench/scale.ts) through the same function.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { generateReport } from '../src/reports/index.js';
import { seedSynthetic, type SyntheticOptions } from './synthetic-council.js';
import { timed } from './stats.js';
import { record } from './results.js';

/** Seconds per format for a council of `size`, recorded under names starting with `prefix`. */
export async function quarterlyReport(
  size: SyntheticOptions,
  prefix: string,
): Promise<Record<'docx' | 'pdf', number>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-reports-'));
  const store = openSqliteStore({ file: path.join(dir, 'bench.db') });
  const seconds = { docx: 0, pdf: 0 };
  try {
    await seedSynthetic(store, size);
    // A quarter the history holds: Q4 of its last financial year, read seven weeks after it.
    const lastYear = size.firstFyStart + Math.ceil(size.months / 12) - 1;
    const period = `${lastYear}/${String((lastYear + 1) % 100).padStart(2, '0')} Q4`;
    const deps = { store, clock: { now: () => new Date(`${lastYear + 1}-05-20T12:00:00Z`) } };
    for (const format of ['docx', 'pdf'] as const) {
      const run = () => generateReport(deps, { kind: 'quarterly', period, format });
      await run(); // warm up
      const { ms, result } = await timed(run);
      seconds[format] = ms / 1000;
      console.log(
        `quarterly report ${period}, ${size.indicators.toLocaleString('en-GB')} indicators, ${format}: ` +
          `${seconds[format].toFixed(2)} s (${(result.bytes.length / 1024).toFixed(0)} KiB)`,
      );
      record(`${prefix}quarterly_${format}_s`, seconds[format], 's', 'figure only');
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return seconds;
}

export async function benchReports(): Promise<void> {
  await quarterlyReport({ indicators: 300, months: 24, firstFyStart: 2024 }, 'reports.');
}
