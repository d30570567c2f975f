// `golden-thread budget import FILE.csv`: loads budget lines from the finance system's export
// (issue 17; the README, "Importing budget lines from CSV"), all or nothing, as the performance
// team. What was written goes to standard output; a refused file lists every problem by line.
import type { Command } from 'commander';
import { importBudgetCsv, type BudgetImportSummary } from '../../app/budget/index.js';
import type { GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { importFile } from './import.js';

export function describeBudgetImport(file: string, s: BudgetImportSummary): string {
  return [
    `Imported ${file}: ${s.rows} row${s.rows === 1 ? '' : 's'}`,
    `  budget lines: ${s.created} created, ${s.updated} replaced, ${s.unchanged} unchanged`,
    '',
  ].join('\n');
}

export function addBudgetCommand(
  program: Command,
  io: CliIo,
  globals: (cmd: Command) => GlobalOptions,
): void {
  const budget = program.command('budget').description('budget monitoring: lines per service');
  budget
    .command('import')
    .description(
      'import budget lines from a CSV file (all or nothing; a row replaces the same service and period)',
    )
    .argument('<file>', 'CSV file, UTF-8')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const summary = await importFile(file, globals(cmd), io, importBudgetCsv);
      io.out(describeBudgetImport(file, summary));
    });
}
