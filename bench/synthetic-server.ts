// The real server on a temp SQLite store seeded with the synthetic council, read `daysAfter` days
// after its last period ends: the set-up the dashboard, load and tab benchmarks share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type ConfigOptions } from '../src/platform/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { startServer, type RunningServer } from '../src/compose/start-server.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import type { Store } from '../src/domain/ports/store.js';
import { storeOnSite } from '../test/graph-emulator/emulated-site.js';
import { startEmulatorProcess, type EmulatorProcess } from './emulator-process.js';
import { seedSynthetic, syntheticPeriods, type SyntheticOptions } from './synthetic-council.js';
import { timed } from './stats.js';

export interface SyntheticServerOptions extends SyntheticOptions {
  /** How long after the last period's end "now" is. */
  daysAfter: number;
  /** Settings beyond the silent, unseeded defaults (e.g. the built tab's folder). */
  config?: ConfigOptions;
  /**
   * Which store: SQLite in a temp file (the default), or SharePoint on the local Graph emulator
   * (in a process of its own, as Graph is elsewhere) with a tenant's freshness window.
   */
  store?: 'sqlite' | 'sharepoint';
}

export interface SyntheticServer {
  server: RunningServer;
  /** The last period seeded. */
  last: ReturnType<typeof syntheticPeriods>[number];
  seededMs: number;
  /** The emulator's process, on the SharePoint store (for its RSS, apart from the server's). */
  emulator: EmulatorProcess | null;
  stop(): Promise<void>;
}

export async function startSyntheticServer(o: SyntheticServerOptions): Promise<SyntheticServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-'));
  const last = syntheticPeriods(o).at(-1)!;
  const now = new Date(`${last.end}T12:00:00Z`);
  now.setUTCDate(now.getUTCDate() + o.daysAfter);
  let emulator: EmulatorProcess | null = null;
  let store: Store;
  if (o.store === 'sharepoint') {
    emulator = await startEmulatorProcess();
    const freshnessMs = loadConfig({}, {}).sharepointFreshnessMs;
    const siteId = await emulator.addSite();
    store = (await storeOnSite(emulator, siteId, { clock: () => now, freshnessMs })).store;
  } else store = openSqliteStore({ file: path.join(dir, 'bench.db') });
  const seeded = await timed(() => seedSynthetic(store, o));
  const server = await startServer({
    config: loadConfig(
      {
        port: 0,
        seedDemo: false,
        logLevel: 'silent',
        dataFile: path.join(dir, 'unused.db'),
        ...o.config,
      },
      {},
    ),
    logger: createLogger('silent'),
    clock: { now: () => now },
    store,
  });
  return {
    server,
    last,
    seededMs: seeded.ms,
    emulator,
    async stop() {
      await server.close();
      await emulator?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
