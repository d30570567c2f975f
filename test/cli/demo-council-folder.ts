// A folder of the test's own whose data file holds the demo council built for a fixed day, and the
// real command run against that file with GT_SEED_DEMO=false, so the command never seeds a council
// for the real today and every run sees the same figures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemoCouncil } from '../../src/demo/index.js';
import type { Store } from '../../src/domain/ports/store.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { goldenThread, tempFolder, type CommandResult } from './run-golden-thread.js';

const DATA = 'gt.db';

export interface DemoCouncilFolder {
  path: string;
  /** The SQLite file's full path, for a test that reads what the command recorded. */
  dataFile: string;
  /** `golden-thread --data gt.db <args>` in the folder. */
  gt: (...args: string[]) => Promise<CommandResult>;
  /** The files the command wrote: everything but the data file (and its journal). */
  written: () => string[];
  /** Reads what the command recorded through a store of the test's own, closed afterwards. */
  read: <T>(fn: (store: Store) => Promise<T>) => Promise<T>;
  remove: () => Promise<void>;
}

export async function demoCouncilFolder(today: string): Promise<DemoCouncilFolder> {
  const folder = await tempFolder();
  const dataFile = join(folder.path, DATA);
  const store = openSqliteStore({ file: dataFile });
  try {
    await seedDemoCouncil(store, { today });
  } finally {
    await store.close();
  }
  const env = { GT_SEED_DEMO: 'false' };
  return {
    path: folder.path,
    dataFile,
    gt: (...args) => goldenThread(['--data', DATA, ...args], { cwd: folder.path, env }),
    written: () => readdirSync(folder.path).filter((f) => !f.startsWith(DATA)),
    read: async (fn) => {
      const reader = openSqliteStore({ file: dataFile });
      try {
        return await fn(reader);
      } finally {
        await reader.close();
      }
    },
    remove: folder.remove,
  };
}
