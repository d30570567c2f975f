// `golden-thread risks import FILE.csv`: the risk register from a CSV file (the README, "Importing
// the risk register from CSV"), all or nothing like the other imports; a code already stored
// updates that risk, so the same file again changes nothing. `risks import-mitigations` and
// `risks import-reviews` take the register's other two sheets, its actions and its review log,
// the same way (the README, "Importing mitigations and reviews").
import type { Command } from 'commander';
import {
  importMitigationsCsv,
  importReviewsCsv,
  importRisksCsv,
  type RiskImportSummary,
} from '../../app/risks/index.js';
import type { AppDeps } from '../../app/deps.js';
import type { GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { importFile } from './import.js';

export function describeRiskSummary(file: string, s: RiskImportSummary, noun = 'risks'): string {
  return [
    `Imported ${file}: ${s.rows} row${s.rows === 1 ? '' : 's'}`,
    `  ${noun}: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged`,
    ...(s.created + s.updated === 0
      ? ['Nothing changed: the store already holds what the file says.']
      : []),
    '',
  ].join('\n');
}

type Importer = (
  deps: AppDeps,
  input: Uint8Array,
  opts: { actorId: string; fileName: string },
) => Promise<RiskImportSummary>;

const IMPORTS: [command: string, noun: string, run: Importer, description: string][] = [
  [
    'import',
    'risks',
    importRisksCsv,
    'import risks from a CSV file (all or nothing; a known code updates that risk)',
  ],
  [
    'import-mitigations',
    'mitigating actions',
    importMitigationsCsv,
    "import risks' mitigating actions from a CSV file (all or nothing; a risk's action of the same words is updated)",
  ],
  [
    'import-reviews',
    'reviews',
    importReviewsCsv,
    "import risks' past reviews from a CSV file (all or nothing; a risk's review of the same date is updated)",
  ],
];

export async function risksImportCommand(
  file: string,
  opts: GlobalOptions,
  io: CliIo,
  [, noun, run]: (typeof IMPORTS)[number] = IMPORTS[0]!,
): Promise<void> {
  const summary = await importFile(file, opts, io, run);
  io.out(describeRiskSummary(file, summary, noun));
}

export function addRisksCommand(program: Command, io: CliIo): void {
  const risks = program.command('risks').description('the risk register');
  for (const entry of IMPORTS) {
    risks
      .command(entry[0])
      .description(entry[3])
      .argument('<file>', 'CSV file, UTF-8')
      .action((file: string, _opts: unknown, cmd: Command) =>
        risksImportCommand(file, cmd.optsWithGlobals<GlobalOptions>(), io, entry),
      );
  }
}
