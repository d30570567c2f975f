// The audit list's items as the port's AuditEntry, newest first (by SharePoint id: insertion
// order, as two writes may share a second).
import { ValidationError } from '../../../domain/errors/errors.js';
import type { AuditEntry, Channel } from '../../../domain/model/types.js';
import type { AuditQuery } from '../../../domain/ports/store.js';
import type { SpItem } from '../mapping/index.js';

function toEntry(item: SpItem): AuditEntry {
  const f = item.item.fields;
  return {
    id: String(item.spId),
    at: String(f.at),
    actorId: String(f.actorId),
    channel: f.channel as Channel,
    list: String(f.list),
    itemId: String(f.itemId),
    action: f.action as AuditEntry['action'],
    event: (f.event as string | null) ?? null,
    before: (f.before as Record<string, unknown> | null) ?? null,
    after: (f.after as Record<string, unknown> | null) ?? null,
    note: (f.note as string | null) ?? null,
  };
}

export function selectAudit(items: SpItem[], query: AuditQuery): AuditEntry[] {
  if (query.top !== undefined && (!Number.isInteger(query.top) || query.top < 0)) {
    throw new ValidationError('must be a whole number, 0 or more', 'top');
  }
  const entries = [...items]
    .sort((a, b) => b.spId - a.spId)
    .map(toEntry)
    .filter(
      (e) =>
        (query.list === undefined || e.list === query.list) &&
        (query.itemId === undefined || e.itemId === query.itemId) &&
        (query.actorId === undefined || e.actorId === query.actorId) &&
        (query.since === undefined || e.at >= query.since),
    );
  return query.top === undefined ? entries : entries.slice(0, query.top);
}
