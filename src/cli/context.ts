// Opens the data file for one command exactly as the server opens its store (the same settings
// module, so the same GT_DATA_FILE default and GT_SEED_DEMO), and resolves who is acting.
// Configuration: explicit options first (`--data`), then the environment, then the defaults.
import { NotFoundError, ValidationError } from '../domain/errors/errors.js';
import type { Store } from '../domain/ports/store.js';
import { formatDate } from '../domain/periods/index.js';
import { loadConfig, type Config } from '../platform/config/config.js';
import { buildApplication } from '../compose/build-application.js';
import { createLogger } from '../platform/logging/logger.js';
import { openSqliteStore } from '../stores/sqlite/index.js';
import { systemClock, type AppDeps, type Clock } from '../app/deps.js';
import type { CliIo } from './io.js';

export interface GlobalOptions {
  data?: string;
  as?: string;
}

/** Nothing to read: the one message every reading command gives for an empty store. */
export class EmptyStoreError extends NotFoundError {
  constructor() {
    super('the store is empty: import indicators or run `npm run demo:reset`');
  }
}

/** The server's settings for this command: the store STORE names (`--data` for a SQLite file). */
export function cliConfig(opts: GlobalOptions): Config {
  return loadConfig({ dataFile: opts.data });
}

export function dataFileOf(opts: GlobalOptions): string {
  return cliConfig(opts).dataFile;
}

/** Runs `work` with the SQLite file open, closing it however `work` ends. */
export async function withStore<T>(file: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = openSqliteStore({ file });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export interface OpenOptions {
  /** Where to say that the demo council was seeded (standard error, away from the output). */
  io: CliIo;
  /** `import` brings its own indicators, so it may start from an empty store; nothing else may. */
  allowEmpty?: boolean;
  /** "Today" for the demo and for opening due returns; the system clock unless a caller sets it. */
  clock?: Clock;
}

/** Runs `work` with the store prepared as the server prepares it, closing it however it ends. */
export async function withDeps<T>(
  opts: GlobalOptions,
  open: OpenOptions,
  work: (deps: AppDeps) => Promise<T>,
): Promise<T> {
  const config = cliConfig(opts);
  // The application as the server builds it (the composition root), bot included: a command that
  // makes it someone's turn (a spot-check draw) tells them in Teams as the tab would, and the
  // command waits for that before it ends. Warnings go to standard error, away from the output.
  const application = await buildApplication({
    config,
    logger: createLogger('warn', process.stderr),
    clock: open.clock ?? systemClock,
    bot: true,
  });
  try {
    const { prepared } = application;
    if (prepared.seeded) {
      const { council, today } = prepared.seeded;
      const where = config.store === 'sqlite' ? config.dataFile : 'the SharePoint site';
      open.io.err(`Seeded the demo council (${council}) into ${where} for ${formatDate(today)}.\n`);
    }
    if (prepared.empty && !open.allowEmpty) throw new EmptyStoreError();
    return await work(application.deps);
  } finally {
    await application.close();
  }
}

/**
 * The actor for writes: `--as` (a person's id or email, which must exist), else the first admin,
 * else `cli` so an empty store can still be loaded.
 */
export async function resolveActor(deps: AppDeps, as: string | undefined): Promise<string> {
  const people = await deps.store.query('people');
  if (as !== undefined) {
    const wanted = as.trim().toLowerCase();
    const person = people.find(
      (p) => p.id === as.trim() || p.fields.email.toLowerCase() === wanted,
    );
    if (!person)
      throw new ValidationError(`no person with id or email "${as}" in the store`, '--as');
    return person.id;
  }
  return people.find((p) => p.fields.roles.includes('admin'))?.id ?? 'cli';
}
