// The `golden-thread` command line: import history, export and rate a period, reset the demo.
import { Command } from 'commander';
import { demoResetCommand } from './commands/demo-reset.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { rateCommand } from './commands/rate.js';
import { provisionCommand } from './commands/provision.js';
import { smokeCommand } from './commands/smoke.js';
import { addMigrateCommand } from './commands/migrate.js';
import { addReportCommand } from './commands/report.js';
import { addNudgeCommand } from './commands/nudge.js';
import { addPlanCommand } from './commands/plan.js';
import { addRisksCommand } from './commands/risks.js';
import { addSpotCheckCommand } from './commands/spot-check.js';
import { addBudgetCommand } from './commands/budget.js';
import { addBenchmarksCommand } from './commands/benchmarks.js';
import { addBoundariesCommand } from './commands/boundaries.js';
import type { GlobalOptions } from './context.js';
import type { CliIo } from './io.js';

export function buildProgram(io: CliIo): Command {
  const program = new Command('golden-thread')
    .description(
      'Golden Thread performance management: import, export and rate from the command line',
    )
    .option(
      '--data <file>',
      'the SQLite data file (default: $GT_DATA_FILE or data/golden-thread.db)',
    )
    .option('--as <person>', 'who is acting: a person id or email (default: the first admin)')
    .showHelpAfterError();

  const globals = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();

  program
    .command('import')
    .description(
      'import indicators, targets and authorised history from a CSV file (all or nothing)',
    )
    .argument('<file>', 'CSV file, UTF-8')
    .action((file: string, _opts: unknown, cmd: Command) => importCommand(file, globals(cmd), io));

  program
    .command('export')
    .description('export every indicator at a period')
    .requiredOption('--period <period>', 'e.g. "2025/26 Q1", "2025-06", "2025/26"')
    .option('--format <format>', 'csv, json or xlsx (the Excel pack)', 'csv')
    .option('--out <file>', 'write to a file instead of standard output (required for xlsx)')
    .action((_opts: unknown, cmd: Command) =>
      exportCommand(
        globals(cmd) as GlobalOptions & { period: string; format?: string; out?: string },
        io,
      ),
    );

  program
    .command('rate')
    .description('print the rated table of every indicator at a period')
    .requiredOption('--period <period>', 'e.g. "2025/26 Q1"')
    .action((_opts: unknown, cmd: Command) =>
      rateCommand(globals(cmd) as GlobalOptions & { period: string }, io),
    );

  addReportCommand(program, io);
  addNudgeCommand(program, io);
  addPlanCommand(program, io);
  addSpotCheckCommand(program, io);
  addRisksCommand(program, io);
  addBudgetCommand(program, io, globals);
  addBenchmarksCommand(program, io, globals);
  addBoundariesCommand(program, io, globals);

  program
    .command('demo-reset')
    .description('delete the data file and seed the demo council')
    .action((_opts: unknown, cmd: Command) => demoResetCommand(globals(cmd), io));

  program
    .command('provision')
    .description('create or update the SharePoint lists, columns and indexes')
    .requiredOption('--site <site>', 'the site id or URL')
    .action((opts: { site: string }) => provisionCommand(opts, io));

  program
    .command('smoke')
    .description(
      'tenant smoke test: a scratch list, item writes and delta, ETag formats, permissions (installs nothing)',
    )
    .requiredOption('--site <site>', 'the site id or URL (a developer tenant)')
    .action(async (opts: { site: string }) => {
      await smokeCommand(opts, io);
    });

  addMigrateCommand(program, io, globals);

  return program;
}
