// Copies every list from one store to another (SQLite ⇄ SharePoint), all or nothing, verified.
// Decisions (documented in the README):
// - The target must be empty: every list is checked before the first write, and a target with any
//   item is refused. So "undo" can never touch data the migration did not write.
// - Items keep their ids; fields are copied as they are. createdAt/modifiedAt and the version are
//   the target's own (the store port sets them), and the target's audit log records each copy as
//   `migration.copied` (channel `import`); the source's audit history stays in the source (the
//   port has no way to write past audit entries).
// - Each list goes in writeMany chunks (all or nothing per chunk). If a chunk fails, or the
//   verification does, everything written so far is deleted again and a MigrationError says so;
//   if even that fails, the error names every item left behind.
// - Verification: per list, the item count and a SHA-256 over the canonical fields sorted by id
//   (checksum.ts), on the target and on the source read again at the end (a source changed during
//   the copy fails verification too: stop the app while migrating).
import { ValidationError } from '../../domain/errors/errors.js';
import {
  LIST_NAMES,
  type ListName,
  type Store,
  type StoredItem,
  type WriteContext,
  type WriteOp,
} from '../../domain/ports/store.js';
import { IncompleteWriteError } from '../sharepoint/store/write-errors.js';
import { fingerprint, type ListFingerprint } from './checksum.js';
import { MigrationError } from './migration-error.js';
import { noteWritten, removeWritten, type Written } from './rollback.js';

export const DEFAULT_CHUNK_SIZE = 100;

export interface MigrateOptions {
  source: Store;
  target: Store;
  /** Lists to copy, in this order (default: every list, parents before children). */
  lists?: readonly ListName[];
  chunkSize?: number;
  /** Recorded as the actor in the target's audit log. */
  actorId?: string;
  /** One line per list copied and verified. */
  onProgress?: (line: string) => void;
}

export interface ListReport extends ListFingerprint {
  list: ListName;
}

export interface MigrationReport {
  lists: ListReport[];
  /** Items written to the target. */
  written: number;
}

function checkOptions(options: MigrateOptions): { chunkSize: number; lists: readonly ListName[] } {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 1000) {
    throw new ValidationError('must be a whole number from 1 to 1000', 'chunkSize');
  }
  const lists = options.lists ?? LIST_NAMES;
  const unknown = lists.filter((l) => !LIST_NAMES.includes(l));
  if (unknown.length > 0) throw new ValidationError(`unknown list ${unknown.join(', ')}`, 'lists');
  return { chunkSize, lists };
}

async function refuseNonEmpty(target: Store, lists: readonly ListName[]): Promise<void> {
  const held: string[] = [];
  for (const list of lists) {
    const count = (await target.query(list)).length;
    if (count > 0) held.push(`${list}: ${count}`);
  }
  if (held.length > 0) {
    throw new MigrationError(
      `the target already holds items (${held.join(', ')}); migrate only into an empty store`,
      true,
    );
  }
}

async function copyList(
  target: Store,
  list: ListName,
  items: StoredItem<unknown>[],
  ctx: WriteContext,
  chunkSize: number,
  written: Written,
): Promise<void> {
  for (let i = 0; i < items.length; i += chunkSize) {
    const ops: WriteOp[] = items.slice(i, i + chunkSize).map((item) => ({
      kind: 'create',
      list,
      id: item.id,
      fields: item.fields as Record<string, unknown>,
    }));
    try {
      const results = await target.writeMany(ops, ctx);
      for (const r of results) noteWritten(written, r.list, r.id);
    } catch (error) {
      // The SharePoint store names what landed when it could neither finish nor undo a chunk.
      if (error instanceof IncompleteWriteError) {
        for (const r of error.landed) noteWritten(written, r.list, r.id);
        for (const op of error.unknown)
          if (op.kind === 'create') noteWritten(written, list, op.id!);
      }
      throw error;
    }
  }
}

async function fingerprints(
  store: Store,
  lists: readonly ListName[],
): Promise<Map<ListName, ListFingerprint>> {
  const result = new Map<ListName, ListFingerprint>();
  for (const list of lists) result.set(list, fingerprint(await store.query(list)));
  return result;
}

function differences(
  expected: Map<ListName, ListFingerprint>,
  actual: Map<ListName, ListFingerprint>,
  side: string,
): string[] {
  const out: string[] = [];
  for (const [list, want] of expected) {
    const got = actual.get(list)!;
    if (got.count !== want.count)
      out.push(`${list} on the ${side}: ${got.count} items, expected ${want.count}`);
    else if (got.sha256 !== want.sha256) out.push(`${list} on the ${side}: checksum differs`);
  }
  return out;
}

export async function migrateStores(options: MigrateOptions): Promise<MigrationReport> {
  const { chunkSize, lists } = checkOptions(options);
  const { source, target } = options;
  const ctx: WriteContext = {
    actorId: options.actorId ?? 'migration',
    channel: 'import',
    event: 'migration.copied',
  };
  await refuseNonEmpty(target, lists);
  const snapshot = new Map<ListName, StoredItem<unknown>[]>();
  for (const list of lists) snapshot.set(list, await source.query(list));
  const expected = new Map([...snapshot].map(([list, items]) => [list, fingerprint(items)]));
  const written: Written = new Map();

  const undo = async (reason: string, cause?: unknown): Promise<never> => {
    const left = await removeWritten(
      target,
      written,
      { ...ctx, event: 'migration.undone' },
      chunkSize,
    );
    throw new MigrationError(
      left.length === 0
        ? `migration failed and was undone; the target is as it was: ${reason}`
        : `migration failed and could not be fully undone (${left.length} items left on the target): ${reason}`,
      left.length === 0,
      left,
      cause,
    );
  };

  for (const list of lists) {
    try {
      await copyList(target, list, snapshot.get(list)!, ctx, chunkSize, written);
    } catch (error) {
      return undo(
        `writing ${list}: ${error instanceof Error ? error.message : String(error)}`,
        error,
      );
    }
  }
  let problems: string[];
  try {
    problems = [
      ...differences(expected, await fingerprints(target, lists), 'target'),
      ...differences(
        expected,
        await fingerprints(source, lists),
        'source (changed during the copy)',
      ),
    ];
  } catch (error) {
    return undo(`verifying: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  if (problems.length > 0) return undo(`verification failed: ${problems.join('; ')}`);
  const report = lists.map((list) => ({ list, ...expected.get(list)! }));
  for (const r of report) {
    options.onProgress?.(`${r.list}: ${r.count} items, sha256 ${r.sha256.slice(0, 16)}… verified`);
  }
  return { lists: report, written: report.reduce((n, r) => n + r.count, 0) };
}
