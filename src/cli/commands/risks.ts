// `golden-thread risks import FILE.csv`: the risk register from a CSV file (the README, "Importing
// the risk register from CSV"), all or nothing like the other imports; a code already stored
// updates that risk, so the same file again changes nothing.
import type { Command } from 'commander';
import { importRisksCsv, type RiskImportSummary } from '../../app/risks/index.js';
import type { GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { importFile } from './import.js';

export function describeRiskSummary(file: string, s: RiskImportSummary): string {
  return [
    `Imported ${file}: ${s.rows} row${s.rows === 1 ? '' : 's'}`,
    `  risks: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged`,
    ...(s.created + s.updated === 0
      ? ['Nothing changed: the store already holds what the file says.']
      : []),
    '',
  ].join('\n');
}

export async function risksImportCommand(
  file: string,
  opts: GlobalOptions,
  io: CliIo,
): Promise<void> {
  const summary = await importFile(file, opts, io, importRisksCsv);
  io.out(describeRiskSummary(file, summary));
}

export function addRisksCommand(program: Command, io: CliIo): void {
  const risks = program.command('risks').description('the risk register');
  risks
    .command('import')
    .description('import risks from a CSV file (all or nothing; a known code updates that risk)')
    .argument('<file>', 'CSV file, UTF-8')
    .action((file: string, _opts: unknown, cmd: Command) =>
      risksImportCommand(file, cmd.optsWithGlobals<GlobalOptions>(), io),
    );
}
