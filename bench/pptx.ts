// Seconds to make the PowerPoint pack for 300 indicators (the quarterly model, planned and drawn).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { generateReport } from '../src/reports/index.js';
import { seedSynthetic } from './synthetic-council.js';
import { timed } from './stats.js';

export async function benchPptx(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-pptx-'));
  const store = openSqliteStore({ file: path.join(dir, 'bench.db') });
  try {
    await seedSynthetic(store, { indicators: 300, months: 24, firstFyStart: 2024 });
    const deps = { store, clock: { now: () => new Date('2026-05-20T12:00:00Z') } };
    const run = () =>
      generateReport(deps, { kind: 'dashboard', period: '2025/26 Q4', format: 'pptx' });
    await run(); // warm up
    const { ms, result } = await timed(run);
    console.log(
      `PowerPoint pack, 300 indicators: ${(ms / 1000).toFixed(2)} s (${(result.bytes.length / 1024).toFixed(0)} KiB)`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
