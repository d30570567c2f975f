// `golden-thread demo-reset`: throws the data file away and seeds the demo council afresh, then
// opens the returns that are due by today, as the server does at start.
import { rm } from 'node:fs/promises';
import { openDueReturns } from '../../app/returns/open-returns.js';
import { londonDate } from '../../domain/periods/index.js';
import { seedDemoCouncil } from '../../demo/index.js';
import { dataFileOf, withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export async function demoResetCommand(opts: GlobalOptions, io: CliIo): Promise<void> {
  const file = dataFileOf(opts);
  // SQLite in WAL mode keeps two companion files; a stale WAL would replay old pages.
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
  const { summary, opened } = await withDeps(opts, async (deps) => {
    const today = londonDate(deps.clock.now());
    const seeded = await seedDemoCouncil(deps.store, { today });
    return { summary: seeded, opened: await openDueReturns(deps) };
  });
  const counts = Object.entries(summary)
    .filter(([, n]) => n > 0)
    .map(([list, n]) => `${list} ${n}`)
    .join(', ');
  io.out(`Reset ${file} with the demo council: ${counts}; ${opened} returns opened as due\n`);
}
