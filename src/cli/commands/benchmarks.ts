// `golden-thread benchmarks …`: comparator figures in (issue 16; the README, "Importing comparator
// figures"). `import FILE.csv` takes our own file or LG Inform's download (with --code and
// --group), all or nothing; `fetch` asks LG Inform Plus for every indicator mapped to a metric,
// signed with the council's key (LGINFORM_KEY, LGINFORM_SECRET); `primary` sets the group an
// indicator's quartile is reported against.
import type { Command } from 'commander';
import {
  fetchFromLgInform,
  importBenchmarksCsv,
  setPrimaryGroup,
  type BenchmarkImportSummary,
} from '../../app/benchmarks/index.js';
import { ConfigError } from '../../platform/config/config.js';
import { cliConfig, resolveActor, withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { lgInformClient } from '../lg-inform-client.js';
import { importFile } from './import.js';

export function describeBenchmarks(what: string, s: BenchmarkImportSummary): string {
  return [
    `${what}: ${s.rows} figure${s.rows === 1 ? '' : 's'}`,
    `  comparator figures: ${s.added} added, ${s.changed} changed, ${s.unchanged} unchanged`,
    `  comparator groups:  ${s.groupsCreated} created, ${s.membersAdded} member council${s.membersAdded === 1 ? '' : 's'} added`,
    ...(s.added + s.changed === 0
      ? ['Nothing changed: the store already holds what these figures say.']
      : []),
    '',
  ].join('\n');
}

type Opts<T> = GlobalOptions & T;

export function addBenchmarksCommand(
  program: Command,
  io: CliIo,
  globals: (cmd: Command) => GlobalOptions,
): void {
  const benchmarks = program
    .command('benchmarks')
    .description('comparator groups and figures (England, CIPFA nearest neighbours …)');

  benchmarks
    .command('import')
    .description(
      "import comparator figures from a CSV file, ours or LG Inform's download (all or nothing)",
    )
    .argument('<file>', 'CSV file, UTF-8')
    .option('--code <code>', "LG Inform's download only: our indicator's code")
    .option('--group <name>', "LG Inform's download only: the comparator group of its councils")
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const opts = globals(cmd) as Opts<{ code?: string; group?: string }>;
      const summary = await importFile(file, opts, io, (deps, bytes, meta) =>
        importBenchmarksCsv(deps, bytes, { ...meta, code: opts.code, group: opts.group }),
      );
      io.out(describeBenchmarks(`Imported ${file}`, summary));
    });

  benchmarks
    .command('fetch')
    .description(
      'fetch comparator figures from LG Inform Plus for indicators with an LG Inform metric',
    )
    .requiredOption('--group <name>', 'the comparator group whose councils to ask for')
    .option('--code <code>', 'one indicator only')
    .option('--period <period>', "LG Inform's periods, e.g. latest:3", 'latest:3')
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = globals(cmd) as Opts<{ group: string; code?: string; period: string }>;
      const config = cliConfig(opts);
      if (!config.lgInformKey || !config.lgInformSecret) {
        throw new ConfigError(
          "LGINFORM_KEY and LGINFORM_SECRET: the council's LG Inform application key and secret are needed to fetch",
        );
      }
      const source = lgInformClient({
        baseUrl: config.lgInformUrl,
        key: config.lgInformKey,
        secret: config.lgInformSecret,
      });
      const summary = await withDeps(opts, { io }, async (deps) =>
        fetchFromLgInform(deps, source, {
          actorId: await resolveActor(deps, opts.as),
          group: opts.group,
          code: opts.code,
          period: opts.period,
        }),
      );
      const metrics = `${summary.metrics} metric${summary.metrics === 1 ? '' : 's'}`;
      io.out(describeBenchmarks(`Fetched ${metrics} from LG Inform`, summary));
    });

  benchmarks
    .command('primary')
    .description("set the comparator group an indicator's quartile is reported against")
    .requiredOption('--code <code>', "the indicator's code")
    .requiredOption('--group <name>', "the comparator group's name")
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = globals(cmd) as Opts<{ code: string; group: string }>;
      const result = await withDeps(opts, { io }, async (deps) =>
        setPrimaryGroup(deps, {
          actorId: await resolveActor(deps, opts.as),
          code: opts.code,
          group: opts.group,
        }),
      );
      io.out(
        `${result.code} is reported against ${result.group}${result.changed ? '' : ' (already)'}.\n`,
      );
    });
}
