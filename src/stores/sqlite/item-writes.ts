// The three writes, synchronous, for use inside a transaction: each checks, writes the row, and
// records its audit entry. Callers (single writes and writeMany) supply the transaction.
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import type { Channel } from '../../domain/model/types.js';
import type { ListName, StoredItem, WriteContext } from '../../domain/ports/store.js';
import type Database from 'better-sqlite3';
import { recordAudit } from './audit-log.js';
import { toFieldsJson } from './json-fields.js';
import { assertListName } from './list-names.js';
import { tableFor } from './migrations.js';
import { ITEM_COLUMNS, toStoredItem, type ItemRow } from './rows.js';

export interface WriteDeps {
  prepare: (sql: string) => Database.Statement;
  now: () => string;
  newId: () => string;
}

type Item = StoredItem<Record<string, unknown>>;

const CHANNELS = new Set<Channel>(['tab', 'bot', 'card', 'import', 'system', 'api']);

/** Every write names who made it and through which channel: the audit trail depends on it. */
export function assertWriteContext(ctx: WriteContext): void {
  if (typeof ctx?.actorId !== 'string' || ctx.actorId.trim() === '') {
    throw new ValidationError('who is writing must be given', 'ctx.actorId');
  }
  if (!CHANNELS.has(ctx.channel)) {
    throw new ValidationError(`unknown channel ${JSON.stringify(ctx.channel)}`, 'ctx.channel');
  }
}

/** The next version from the file-wide counter (see migration 1). */
function nextVersion(deps: WriteDeps): string {
  const value = deps
    .prepare("UPDATE store_meta SET value = value + 1 WHERE key = 'version' RETURNING value")
    .pluck()
    .get() as number;
  return String(value);
}

function readRow(deps: WriteDeps, list: ListName, id: string): ItemRow | undefined {
  return deps.prepare(`SELECT ${ITEM_COLUMNS} FROM ${tableFor(list)} WHERE id = ?`).get(id) as
    ItemRow | undefined;
}

/** The current row, refusing a missing item (NotFoundError) or a stale version (ConflictError). */
function readCurrent(deps: WriteDeps, list: ListName, id: string, version: string): ItemRow {
  const row = readRow(deps, list, id);
  if (!row) throw new NotFoundError(`${list} item ${id} does not exist`);
  if (row.version !== version) {
    throw new ConflictError(
      `${list} item ${id} was changed by someone else (version ${version} is no longer current)`,
      row.version,
    );
  }
  return row;
}

export function createItem(
  deps: WriteDeps,
  list: ListName,
  fields: unknown,
  ctx: WriteContext,
  id?: string,
): Item {
  assertListName(list);
  assertWriteContext(ctx);
  const json = toFieldsJson(fields);
  if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) {
    throw new ValidationError('must be a non-empty string', 'id');
  }
  const itemId = id ?? deps.newId();
  const existing = readRow(deps, list, itemId);
  if (existing) throw new ConflictError(`${list} item ${itemId} already exists`, existing.version);
  const at = deps.now();
  const version = nextVersion(deps);
  const table = tableFor(list);
  deps
    .prepare(
      `INSERT INTO ${table} (id, seq, version, fields, created_at, created_by, modified_at, modified_by)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM ${table}), ?, ?, ?, ?, ?, ?)`,
    )
    .run(itemId, version, json, at, ctx.actorId, at, ctx.actorId);
  recordAudit(deps.prepare, ctx, { at, list, itemId, action: 'create', before: null, after: json });
  return toStoredItem({
    id: itemId,
    version,
    fields: json,
    created_at: at,
    created_by: ctx.actorId,
    modified_at: at,
    modified_by: ctx.actorId,
  });
}

export function updateItem(
  deps: WriteDeps,
  list: ListName,
  id: string,
  version: string,
  patch: unknown,
  ctx: WriteContext,
): Item {
  assertListName(list);
  assertWriteContext(ctx);
  toFieldsJson(patch, 'patch');
  const row = readCurrent(deps, list, id, version);
  const merged = { ...(JSON.parse(row.fields) as object), ...(patch as object) };
  const json = JSON.stringify(merged);
  const at = deps.now();
  const next = nextVersion(deps);
  deps
    .prepare(
      `UPDATE ${tableFor(list)} SET version = ?, fields = ?, modified_at = ?, modified_by = ? WHERE id = ?`,
    )
    .run(next, json, at, ctx.actorId, id);
  recordAudit(deps.prepare, ctx, {
    at,
    list,
    itemId: id,
    action: 'update',
    before: row.fields,
    after: json,
  });
  return toStoredItem({
    ...row,
    version: next,
    fields: json,
    modified_at: at,
    modified_by: ctx.actorId,
  });
}

export function deleteItem(
  deps: WriteDeps,
  list: ListName,
  id: string,
  version: string,
  ctx: WriteContext,
): void {
  assertListName(list);
  assertWriteContext(ctx);
  const row = readCurrent(deps, list, id, version);
  deps.prepare(`DELETE FROM ${tableFor(list)} WHERE id = ?`).run(id);
  recordAudit(deps.prepare, ctx, {
    at: deps.now(),
    list,
    itemId: id,
    action: 'delete',
    before: row.fields,
    after: null,
  });
}
