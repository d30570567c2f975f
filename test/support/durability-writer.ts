// Child process for durability.test.ts: writes batches through the real store and reports each
// batch on stdout only after its transaction has committed, until the test kills it (SIGKILL).
// Usage: node --import tsx durability-writer.ts <file>
import { openSqliteStore } from '../../src/stores/sqlite/sqlite-store.js';
import type { WriteOp } from '../../src/domain/ports/store.js';

const file = process.argv[2];
if (!file) throw new Error('usage: durability-writer.ts <database file>');

const BATCH = 10;
const store = openSqliteStore({ file });
const ctx = { actorId: 'system', channel: 'import' as const };

for (let batch = 0; batch < 1_000_000; batch += 1) {
  const ops: WriteOp[] = [];
  for (let i = 0; i < BATCH; i += 1) {
    ops.push({
      kind: 'create',
      list: 'indicators',
      id: `b${batch}-${i}`,
      fields: { code: `B${batch}`, n: i },
    });
  }
  await store.writeMany(ops, ctx);
  // Pipes are written synchronously on Linux, so a reported batch is one the parent will see.
  process.stdout.write(`committed ${batch}\n`);
}
