// Seconds to build the Excel pack (Summary, Exceptions, All indicators, Key actions) for 300
// indicators, as `golden-thread export --format xlsx` and the tab's download build it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { excelPack } from '../src/reports/index.js';
import { seedSynthetic } from './synthetic-council.js';
import { timed } from './stats.js';

export async function benchExcel(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-excel-'));
  const store = openSqliteStore({ file: path.join(dir, 'bench.db') });
  try {
    await seedSynthetic(store, { indicators: 300, months: 24, firstFyStart: 2024 });
    const deps = { store, clock: { now: () => new Date('2026-05-20T12:00:00Z') } };
    const run = () => excelPack(deps, '2025/26 Q4');
    await run(); // warm up
    const { ms, result } = await timed(run);
    console.log(
      `Excel export for 300 indicators: ${(ms / 1000).toFixed(2)} s (${(result.length / 1024).toFixed(0)} KiB)`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
