// The dashboard summary for one period with 300 indicators, through the real API over loopback:
// p50/p95 over 200 sequential requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/platform/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { startServer } from '../src/compose/start-server.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { seedSynthetic, syntheticPeriods } from './synthetic-council.js';
import { fmt, percentile, timed } from './stats.js';

export async function benchDashboard(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-'));
  const options = { indicators: 300, months: 60, firstFyStart: 2021 };
  const store = openSqliteStore({ file: path.join(dir, 'bench.db') });
  const seeded = await timed(() => seedSynthetic(store, options));
  const periods = syntheticPeriods(options);
  const last = periods[periods.length - 1]!;
  const now = new Date(`${last.end}T12:00:00Z`);
  now.setUTCDate(now.getUTCDate() + 40);
  const server = await startServer({
    config: loadConfig(
      { port: 0, seedDemo: false, logLevel: 'silent', dataFile: path.join(dir, 'unused.db') },
      {},
    ),
    logger: createLogger('silent'),
    clock: { now: () => now },
    store,
  });
  try {
    const url = `${server.url}/api/dashboard?period=${encodeURIComponent(last.key)}`;
    const get = async () => {
      const res = await fetch(url, { headers: { 'x-gt-user': 'admin' } });
      if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
      return (await res.json()) as { totals: { total: number } };
    };
    const first = await get();
    const samples: number[] = [];
    for (let i = 0; i < 200; i++) samples.push((await timed(get)).ms);
    console.log(
      `dashboard for ${first.totals.total} indicators (${(options.indicators * options.months).toLocaleString('en-GB')} returns in the store, seeded in ${fmt(seeded.ms)}): ` +
        `p50 ${fmt(percentile(samples, 50))}, p95 ${fmt(percentile(samples, 95))} over 200 requests`,
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
