// `golden-thread export --period <p> [--format csv|json|xlsx] [--out FILE]`. The Excel pack is a
// file, not text, so xlsx needs --out; it is built in full before anything is written, then moved
// into place, so a refused period or a failure leaves no half-written file behind.
import { rename, rm, writeFile } from 'node:fs/promises';
import { ValidationError } from '../../domain/errors/errors.js';
import { exportRows, toCsv, toJson } from '../../app/export/index.js';
import { excelPack } from '../../reports/index.js';
import { withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export interface ExportCommandOptions {
  period: string;
  format?: string;
  out?: string;
}

const FORMATS = ['csv', 'json', 'xlsx'] as const;

export async function exportCommand(
  opts: ExportCommandOptions & GlobalOptions,
  io: CliIo,
): Promise<void> {
  const format = (opts.format ?? 'csv').toLowerCase();
  if (!FORMATS.some((f) => f === format)) {
    throw new ValidationError(`must be csv, json or xlsx, not "${opts.format}"`, '--format');
  }
  if (format === 'xlsx') return exportExcel(opts, io);
  const rows = await withDeps(opts, { io }, (deps) => exportRows(deps, opts.period));
  const text = format === 'csv' ? toCsv(rows) : toJson(rows);
  if (opts.out) {
    await writeFile(opts.out, text, 'utf8');
    io.err(`Wrote ${rows.length} indicator${rows.length === 1 ? '' : 's'} to ${opts.out}\n`);
  } else {
    io.out(text);
  }
}

async function exportExcel(opts: ExportCommandOptions & GlobalOptions, io: CliIo): Promise<void> {
  const out = opts.out;
  if (!out || out.trim() === '') {
    throw new ValidationError('is required for xlsx: the file to write, e.g. pack.xlsx', '--out');
  }
  const bytes = await withDeps(opts, { io }, (deps) => excelPack(deps, opts.period));
  const partial = `${out}.part-${process.pid}`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, out);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  io.err(
    `Wrote the Excel pack for ${opts.period} (${bytes.length.toLocaleString('en-GB')} bytes) to ${out}\n`,
  );
}
