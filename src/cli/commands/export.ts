// `golden-thread export --period <p> [--format csv|json] [--out FILE]`.
import { writeFile } from 'node:fs/promises';
import { ValidationError } from '../../domain/errors/errors.js';
import { exportRows, toCsv, toJson } from '../../app/export/index.js';
import { withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export interface ExportCommandOptions {
  period: string;
  format?: string;
  out?: string;
}

export async function exportCommand(
  opts: ExportCommandOptions & GlobalOptions,
  io: CliIo,
): Promise<void> {
  const format = (opts.format ?? 'csv').toLowerCase();
  if (format !== 'csv' && format !== 'json') {
    throw new ValidationError(`must be csv or json, not "${opts.format}"`, '--format');
  }
  const rows = await withDeps(opts, { io }, (deps) => exportRows(deps, opts.period));
  const text = format === 'csv' ? toCsv(rows) : toJson(rows);
  if (opts.out) {
    await writeFile(opts.out, text, 'utf8');
    io.err(`Wrote ${rows.length} indicator${rows.length === 1 ? '' : 's'} to ${opts.out}\n`);
  } else {
    io.out(text);
  }
}
