// The embedded store: the Store port over one SQLite file through better-sqlite3. The driver is
// synchronous; the port is async so the SharePoint store can drop in, so each method is `async`
// (a thrown error becomes a rejected promise).
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry } from '../../domain/model/types.js';
import type {
  AuditQuery,
  Filter,
  ListName,
  ListShapes,
  QueryOptions,
  Store,
  StoredItem,
  WriteContext,
  WriteOp,
  WriteResult,
} from '../../domain/ports/store.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { queryAudit } from './audit-log.js';
import { createItem, deleteItem, updateItem, type WriteDeps } from './item-writes.js';
import { assertListName } from './list-names.js';
import { runMigrations } from './migrate.js';
import { tableFor } from './migrations.js';
import { orderClause, whereClause } from './query-sql.js';
import { ITEM_COLUMNS, toStoredItem, type ItemRow } from './rows.js';
import { listSnapshots } from './list-snapshots.js';
import { statementCache } from './statement-cache.js';

export interface SqliteStoreOptions {
  /** A file path such as `data/golden-thread.db`, or `:memory:`. */
  file: string;
  clock?: () => Date;
  idFactory?: () => string;
}

export interface SqliteStore extends Store {
  readonly file: string;
  /** The schema steps this open ran (empty when the file was already up to date). */
  readonly migrationsRun: readonly number[];
}

/** A query for every item in creation order, which the lists held in memory answer. */
function isWholeList(
  filter: unknown,
  options: { orderBy?: unknown; descending?: boolean; top?: number } | undefined,
): boolean {
  const noFilter =
    filter === undefined ||
    (typeof filter === 'object' &&
      filter !== null &&
      Object.values(filter).every((value) => value === undefined));
  return (
    noFilter && options?.orderBy === undefined && !options?.descending && options?.top === undefined
  );
}

function openDatabase(file: string): Database.Database {
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers run beside a writer (the server and a CLI import may share the file);
  // synchronous = FULL syncs the WAL on every commit, so nothing committed is lost on kill -9 or
  // power loss; busy_timeout makes a second process wait for the write lock rather than fail.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const clock = options.clock ?? (() => new Date());
  const now = (): string => clock().toISOString();
  const db = openDatabase(options.file);
  let migrationsRun: number[];
  try {
    migrationsRun = runMigrations(db, now);
  } catch (error) {
    db.close();
    throw error;
  }
  const prepare = statementCache(db);
  const deps: WriteDeps = { prepare, now, newId: options.idFactory ?? randomUUID };

  // Change tokens: a counter per list for this connection's own commits, beside SQLite's
  // data_version, which moves when any other connection (a CLI import on the same file) commits.
  // https://www.sqlite.org/pragma.html#pragma_data_version
  const revisions = new Map<ListName, number>();
  const touched = (lists: Iterable<ListName>): void => {
    for (const list of lists) revisions.set(list, (revisions.get(list) ?? 0) + 1);
  };

  // IMMEDIATE: take the write lock before reading the version we compare against, so another
  // process cannot slip a write in between the check and the write. The lists are marked as
  // changed once the transaction has committed (a rolled-back one changed nothing).
  const snapshots = listSnapshots();
  const readItem = (list: ListName, id: string): StoredItem<unknown> | null => {
    const row = prepare(`SELECT ${ITEM_COLUMNS} FROM ${tableFor(list)} WHERE id = ?`).get(id) as
      ItemRow | undefined;
    return row ? toStoredItem(row) : null;
  };
  /** `written` names the items the work wrote, so the lists held in memory can follow. */
  const inWriteTransaction = <T>(
    lists: Iterable<ListName>,
    work: () => T,
    written: (result: T) => { list: ListName; id: string }[],
  ): T => {
    const result = db.transaction(work).immediate();
    touched(lists);
    for (const { list, id } of written(result))
      snapshots.changed(list, id, () => readItem(list, id));
    return result;
  };

  const applyOp = (op: WriteOp, ctx: WriteContext): WriteResult => {
    switch (op.kind) {
      case 'create': {
        const item = createItem(deps, op.list, op.fields, ctx, op.id);
        return { list: op.list, id: item.id, version: item.version };
      }
      case 'update': {
        const item = updateItem(deps, op.list, op.id, op.version, op.patch, ctx);
        return { list: op.list, id: item.id, version: item.version };
      }
      case 'delete':
        deleteItem(deps, op.list, op.id, op.version, ctx);
        return { list: op.list, id: op.id, version: null };
      default:
        throw new ValidationError(
          `unknown operation ${JSON.stringify((op as WriteOp).kind)}`,
          'kind',
        );
    }
  };

  return {
    file: options.file,
    migrationsRun,

    async get<L extends ListName>(list: L, id: string): Promise<StoredItem<ListShapes[L]> | null> {
      assertListName(list);
      return readItem(list, id) as StoredItem<ListShapes[L]> | null;
    },

    async query<L extends ListName>(
      list: L,
      filter?: Filter<ListShapes[L]>,
      queryOptions?: QueryOptions<ListShapes[L]>,
    ): Promise<StoredItem<ListShapes[L]>[]> {
      assertListName(list);
      if (isWholeList(filter, queryOptions)) {
        const external = db.pragma('data_version', { simple: true }) as number;
        return snapshots.all(list, external, () =>
          (
            prepare(`SELECT ${ITEM_COLUMNS} FROM ${tableFor(list)} ORDER BY seq`).all() as ItemRow[]
          ).map((row) => toStoredItem(row)),
        ) as StoredItem<ListShapes[L]>[];
      }
      const where = whereClause(filter as Record<string, unknown> | undefined);
      const order = orderClause(queryOptions);
      const sql = `SELECT ${ITEM_COLUMNS} FROM ${tableFor(list)}${where.sql}${order.sql}`;
      const rows = prepare(sql).all(...where.params, ...order.params) as ItemRow[];
      return rows.map((row) => toStoredItem<ListShapes[L]>(row));
    },

    async create<L extends ListName>(
      list: L,
      fields: ListShapes[L],
      ctx: WriteContext,
      id?: string,
    ): Promise<StoredItem<ListShapes[L]>> {
      const item = inWriteTransaction(
        [list],
        () => createItem(deps, list, fields, ctx, id),
        (created) => [{ list, id: created.id }],
      );
      return item as StoredItem<ListShapes[L]>;
    },

    async update<L extends ListName>(
      list: L,
      id: string,
      version: string,
      patch: Partial<ListShapes[L]>,
      ctx: WriteContext,
    ): Promise<StoredItem<ListShapes[L]>> {
      const item = inWriteTransaction(
        [list],
        () => updateItem(deps, list, id, version, patch, ctx),
        () => [{ list, id }],
      );
      return item as unknown as StoredItem<ListShapes[L]>;
    },

    async delete(list: ListName, id: string, version: string, ctx: WriteContext): Promise<void> {
      inWriteTransaction(
        [list],
        () => deleteItem(deps, list, id, version, ctx),
        () => [{ list, id }],
      );
    },

    async writeMany(ops: WriteOp[], ctx: WriteContext): Promise<WriteResult[]> {
      if (!Array.isArray(ops)) throw new ValidationError('must be a list of operations', 'ops');
      // One transaction: any error thrown by an op rolls back every op before it.
      const lists = ops.map((op) => op?.list).filter((l): l is ListName => typeof l === 'string');
      return inWriteTransaction(
        lists,
        () => ops.map((op) => applyOp(op, ctx)),
        (results) => results.map((r) => ({ list: r.list, id: r.id })),
      );
    },

    async audit(query: AuditQuery): Promise<AuditEntry[]> {
      if (query.list !== undefined) assertListName(query.list);
      return queryAudit(prepare, query);
    },

    async changeToken(lists: readonly ListName[]): Promise<string> {
      for (const list of lists) assertListName(list);
      const external = db.pragma('data_version', { simple: true }) as number;
      return [external, ...lists.map((list) => revisions.get(list) ?? 0)].join('.');
    },

    async close(): Promise<void> {
      if (db.open) db.close();
    },
  };
}
