import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreContract } from './suite/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';

describeStoreContract('SQLite (temp file)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'golden-thread-contract-'));
  const store = openSqliteStore({ file: join(dir, 'store.db') });
  return {
    store,
    twin: () => openSqliteStore({ file: join(dir, 'store.db') }),
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
