// `golden-thread plan import FILE.csv` and `golden-thread plan export [--format csv|json]
// [--out FILE]`: a council's plans, priorities, objectives, service plans and key actions by CSV
// (the README, "Importing plans from CSV"). Import is all or nothing, as the indicator import is.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  exportPlan,
  importPlanCsv,
  planRowsToCsv,
  planRowsToJson,
  type PlanImportSummary,
} from '../../app/plan-import/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { importFile } from './import.js';

const LABELS = [
  ['plan', 'plans:        '],
  ['priority', 'priorities:   '],
  ['objective', 'objectives:   '],
  ['service-plan', 'service plans:'],
  ['key-action', 'key actions:  '],
] as const;

export function describePlanSummary(file: string, s: PlanImportSummary): string {
  const changed = LABELS.some(([l]) => s[l].created + s[l].updated > 0);
  return [
    `Imported ${file}: ${s.rows} row${s.rows === 1 ? '' : 's'}`,
    ...LABELS.map(([l, label]) => `  ${label} ${s[l].created} created, ${s[l].updated} updated`),
    ...(changed ? [] : ['Nothing changed: the store already holds what the file says.']),
    '',
  ].join('\n');
}

export async function planImportCommand(
  file: string,
  opts: GlobalOptions,
  io: CliIo,
): Promise<void> {
  // A council enters its plan before anything else, so this may open an empty store.
  const summary = await importFile(file, opts, io, importPlanCsv);
  io.out(describePlanSummary(file, summary));
}

export interface PlanExportOptions {
  format?: string;
  out?: string;
}

export async function planExportCommand(
  opts: PlanExportOptions & GlobalOptions,
  io: CliIo,
): Promise<void> {
  const format = (opts.format ?? 'csv').toLowerCase();
  if (format !== 'csv' && format !== 'json') {
    throw new ValidationError(`must be csv or json, not "${opts.format}"`, '--format');
  }
  const rows = await withDeps(opts, { io, allowEmpty: true }, (deps) => exportPlan(deps));
  const text = format === 'csv' ? planRowsToCsv(rows) : planRowsToJson(rows);
  if (opts.out) {
    await writeFile(opts.out, text, 'utf8');
    io.err(`Wrote ${rows.length} plan item${rows.length === 1 ? '' : 's'} to ${opts.out}\n`);
  } else {
    io.out(text);
  }
}

export function addPlanCommand(program: Command, io: CliIo): void {
  const plan = program
    .command('plan')
    .description('import or export plans, priorities, objectives, service plans and key actions');
  plan
    .command('import')
    .description('import plan items from a CSV file (all or nothing)')
    .argument('<file>', 'CSV file, UTF-8')
    .action((file: string, _opts: unknown, cmd: Command) =>
      planImportCommand(file, cmd.optsWithGlobals<GlobalOptions>(), io),
    );
  plan
    .command('export')
    .description('export every plan item in the import file’s columns')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .action((_opts: unknown, cmd: Command) =>
      planExportCommand(cmd.optsWithGlobals<PlanExportOptions & GlobalOptions>(), io),
    );
}
