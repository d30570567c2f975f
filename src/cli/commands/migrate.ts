// `golden-thread migrate --from sqlite --to sharepoint` (or back): copies every list, keeping ids,
// into an EMPTY target, verifies counts and SHA-256 checksums per list, and undoes the copy if
// anything fails (src/stores/migrate). The SQLite side is `--data` (or GT_DATA_FILE); the
// SharePoint side comes from the server's settings (SHAREPOINT_SITE or --site, AZURE_* or
// GRAPH_STATIC_TOKEN, GRAPH_BASE_URL).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Store } from '../../domain/ports/store.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { ConfigError, loadConfig } from '../../platform/config/config.js';
import { migrateStores } from '../../stores/migrate/index.js';
import { openSharePointStoreFromConfig } from '../../stores/sharepoint/index.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { dataFileOf, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

const KINDS = ['sqlite', 'sharepoint'] as const;
type Kind = (typeof KINDS)[number];

export interface MigrateCommandOptions extends GlobalOptions {
  from: string;
  to: string;
  site?: string;
  chunk?: string;
}

function kindOf(value: string, field: string): Kind {
  if (!(KINDS as readonly string[]).includes(value)) {
    throw new ValidationError(`must be sqlite or sharepoint, not "${value}"`, field);
  }
  return value as Kind;
}

export async function migrateCommand(
  opts: MigrateCommandOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const from = kindOf(opts.from, '--from');
  const to = kindOf(opts.to, '--to');
  if (from === to) throw new ValidationError('must differ from --from', '--to');
  const chunkSize = opts.chunk === undefined ? undefined : Number(opts.chunk);
  // Opening a missing SQLite file creates an empty one: as a source that would "migrate" nothing.
  if (from === 'sqlite' && !existsSync(dataFileOf(opts))) {
    throw new ValidationError(`no data file at ${dataFileOf(opts)}`, '--data');
  }
  const open = (kind: Kind): Store => {
    if (kind === 'sqlite') return openSqliteStore({ file: dataFileOf(opts) });
    try {
      return openSharePointStoreFromConfig(
        loadConfig({ store: 'sharepoint', sharepointSite: opts.site }, env),
      );
    } catch (error) {
      // A missing setting is the user's to fix: say which, without a stack.
      if (error instanceof ConfigError) throw new ValidationError(error.message, 'configuration');
      throw error;
    }
  };
  const source = open(from);
  let target: Store;
  try {
    target = open(to);
  } catch (error) {
    await source.close();
    throw error;
  }
  try {
    const report = await migrateStores({
      source,
      target,
      chunkSize,
      onProgress: (line) => io.out(`${line}\n`),
    });
    io.out(
      `Migrated ${report.written} items in ${report.lists.length} lists from ${from} to ${to}; counts and checksums match\n`,
    );
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

export function addMigrateCommand(
  program: Command,
  io: CliIo,
  globals: (cmd: Command) => GlobalOptions,
): void {
  program
    .command('migrate')
    .description('copy every list between SQLite and SharePoint into an empty target, verified')
    .requiredOption('--from <store>', 'sqlite or sharepoint')
    .requiredOption('--to <store>', 'sharepoint or sqlite')
    .option('--site <site>', 'the SharePoint site id or URL (default: $SHAREPOINT_SITE)')
    .option('--chunk <n>', 'items per all-or-nothing write (1-1000)', '100')
    .action((_opts: unknown, cmd: Command) =>
      migrateCommand(globals(cmd) as MigrateCommandOptions, io),
    );
}
