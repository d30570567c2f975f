// Opens the data file for one command and resolves who is acting. Configuration: explicit
// options first, then the environment (GT_DATA_FILE), then the default file.
import { ValidationError } from '../domain/errors/errors.js';
import { openSqliteStore } from '../stores/sqlite/index.js';
import { systemClock, type AppDeps } from '../app/deps.js';

export const DEFAULT_DATA_FILE = 'data/golden-thread.db';

export interface GlobalOptions {
  data?: string;
  as?: string;
}

export function dataFileOf(opts: GlobalOptions): string {
  return opts.data ?? process.env.GT_DATA_FILE ?? DEFAULT_DATA_FILE;
}

/** Runs `work` with the store open, closing it however `work` ends. */
export async function withDeps<T>(
  opts: GlobalOptions,
  work: (deps: AppDeps) => Promise<T>,
): Promise<T> {
  const store = openSqliteStore({ file: dataFileOf(opts) });
  try {
    return await work({ store, clock: systemClock });
  } finally {
    await store.close();
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
