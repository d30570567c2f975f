// Row shapes as SQLite returns them, and their mapping to the port's types.
import type { AuditEntry, Channel } from '../../domain/model/types.js';
import type { StoredItem } from '../../domain/ports/store.js';

export interface ItemRow {
  id: string;
  version: string;
  fields: string;
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
}

export const ITEM_COLUMNS = 'id, version, fields, created_at, created_by, modified_at, modified_by';

export function toStoredItem<F>(row: ItemRow): StoredItem<F> {
  return {
    id: row.id,
    version: row.version,
    fields: JSON.parse(row.fields) as F,
    createdAt: row.created_at,
    createdBy: row.created_by,
    modifiedAt: row.modified_at,
    modifiedBy: row.modified_by,
  };
}

export interface AuditRow {
  seq: number;
  at: string;
  actor_id: string;
  channel: string;
  list: string;
  item_id: string;
  action: AuditEntry['action'];
  event: string | null;
  before: string | null;
  after: string | null;
  note: string | null;
}

function parseObject(text: string | null): Record<string, unknown> | null {
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.seq),
    at: row.at,
    actorId: row.actor_id,
    channel: row.channel as Channel,
    list: row.list,
    itemId: row.item_id,
    action: row.action,
    event: row.event,
    before: parseObject(row.before),
    after: parseObject(row.after),
    note: row.note,
  };
}
