// `golden-thread rate --period <p>`: the rated table of every indicator at that period.
import { exportRows, rateTable } from '../../app/export/index.js';
import { parsePeriod } from '../../domain/periods/index.js';
import { withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export async function rateCommand(
  opts: { period: string } & GlobalOptions,
  io: CliIo,
): Promise<void> {
  const period = parsePeriod(opts.period);
  const rows = await withDeps(opts, { io }, (deps) => exportRows(deps, opts.period));
  io.out(`Ratings at ${period.label} (authorised figures)\n\n${rateTable(rows)}`);
}
