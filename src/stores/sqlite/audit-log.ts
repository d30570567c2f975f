// The audit trail: one row per write, inserted in the same transaction as the write itself, so a
// change can never land without its record (or the record without the change).
import type { AuditEntry } from '../../domain/model/types.js';
import type { AuditQuery, WriteContext } from '../../domain/ports/store.js';
import { ValidationError } from '../../domain/errors/errors.js';
import type Database from 'better-sqlite3';
import { toAuditEntry, type AuditRow } from './rows.js';

type Prepare = (sql: string) => Database.Statement;

export interface AuditRecord {
  at: string;
  list: string;
  itemId: string;
  action: AuditEntry['action'];
  before: string | null;
  after: string | null;
}

const INSERT = `INSERT INTO audit (at, actor_id, channel, list, item_id, action, event, before, after, note)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export function recordAudit(prepare: Prepare, ctx: WriteContext, record: AuditRecord): void {
  prepare(INSERT).run(
    record.at,
    ctx.actorId,
    ctx.channel,
    record.list,
    record.itemId,
    record.action,
    ctx.event ?? null,
    record.before,
    record.after,
    ctx.note ?? null,
  );
}

/** Newest first: by insertion order, since two writes may share a clock reading. */
export function queryAudit(prepare: Prepare, query: AuditQuery): AuditEntry[] {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  const equal = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    terms.push(`${column} = ?`);
    params.push(value);
  };
  equal('list', query.list);
  equal('item_id', query.itemId);
  equal('actor_id', query.actorId);
  if (query.since !== undefined) {
    terms.push('at >= ?');
    params.push(query.since);
  }
  let sql = 'SELECT * FROM audit';
  if (terms.length > 0) sql += ` WHERE ${terms.join(' AND ')}`;
  sql += ' ORDER BY seq DESC';
  if (query.top !== undefined) {
    if (!Number.isInteger(query.top) || query.top < 0) {
      throw new ValidationError('must be a whole number, 0 or more', 'top');
    }
    sql += ' LIMIT ?';
    params.push(query.top);
  }
  return (prepare(sql).all(...params) as AuditRow[]).map(toAuditEntry);
}
