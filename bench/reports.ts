// Seconds to generate the Quarterly Performance Report for 300 indicators, as Word and as PDF.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { generateReport } from '../src/reports/index.js';
import { seedSynthetic } from './synthetic-council.js';
import { timed } from './stats.js';

export async function benchReports(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-reports-'));
  const store = openSqliteStore({ file: path.join(dir, 'bench.db') });
  try {
    await seedSynthetic(store, { indicators: 300, months: 24, firstFyStart: 2024 });
    const deps = { store, clock: { now: () => new Date('2026-05-20T12:00:00Z') } };
    for (const format of ['docx', 'pdf'] as const) {
      const run = () => generateReport(deps, { kind: 'quarterly', period: '2025/26 Q4', format });
      await run(); // warm up
      const { ms, result } = await timed(run);
      console.log(
        `quarterly report, 300 indicators, ${format}: ${(ms / 1000).toFixed(2)} s (${(result.bytes.length / 1024).toFixed(0)} KiB)`,
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
