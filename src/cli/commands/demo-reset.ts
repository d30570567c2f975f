// `golden-thread demo-reset`: throws the data file away and seeds the demo council afresh, then
// opens the returns that are due by today — the server's own preparation, with seeding forced on
// whatever GT_SEED_DEMO says (asking for the demo is the point of the command).
import { rm } from 'node:fs/promises';
import { systemClock } from '../../app/deps.js';
import { prepareStore } from '../../compose/prepare-store.js';
import { dataFileOf, withStore, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export async function demoResetCommand(opts: GlobalOptions, io: CliIo): Promise<void> {
  const file = dataFileOf(opts);
  // SQLite in WAL mode keeps two companion files; a stale WAL would replay old pages.
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
  const { seeded, opened } = await withStore(file, (store) =>
    prepareStore(store, { seedDemo: true }, systemClock),
  );
  const counts = Object.entries(seeded?.summary ?? {})
    .filter(([, n]) => n > 0)
    .map(([list, n]) => `${list} ${n}`)
    .join(', ');
  io.out(`Reset ${file} with the demo council: ${counts}; ${opened} returns opened as due\n`);
}
