// The audit list's items as the port's AuditEntry, newest first (by SharePoint id: insertion
// order, as two writes may share a second). The snapshot holds each entry without its before and
// after copies (AUDIT_LIST.readOnDemand): they are read for the entries a query returns, by id in
// $batch GETs (https://learn.microsoft.com/graph/api/listitem-get), so the store's memory does
// not grow with every write's two copies of the item.
import { ValidationError } from '../../../domain/errors/errors.js';
import type { AuditEntry, Channel } from '../../../domain/model/types.js';
import type { AuditQuery } from '../../../domain/ports/store.js';
import type { GraphApi } from '../graph/graph-api.js';
import { GraphRequestError, partError } from '../graph/graph-errors.js';
import { decodeFields, type SpItem } from '../mapping/index.js';
import { AUDIT_LIST, columnName } from '../schema/index.js';

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

/** The entries with their before and after read from Graph; an entry gone meanwhile keeps none. */
export async function withBodies(
  graph: GraphApi,
  auditPath: string,
  entries: AuditEntry[],
): Promise<AuditEntry[]> {
  if (entries.length === 0) return entries;
  const lazy = AUDIT_LIST.readOnDemand ?? [];
  const select = `$select=id&$expand=fields($select=${lazy.map(columnName).join(',')})`;
  const answers = await graph.batch(
    entries.map((e) => ({
      id: e.id,
      method: 'GET' as const,
      url: `${auditPath}/items/${e.id}?${select}`,
    })),
  );
  return entries.map((entry) => {
    const answer = answers.get(entry.id);
    if (answer?.status === 404) return entry;
    if (!answer || answer.status !== 200) {
      const why = partError(answer?.status ?? 500, answer?.body, answer?.headers);
      throw new GraphRequestError(
        why.status,
        why.code,
        `audit entry ${entry.id} could not be read: ${why.message}`,
      );
    }
    const columns = ((answer.body as { fields?: Record<string, unknown> }).fields ?? {}) as Record<
      string,
      unknown
    >;
    const f = decodeFields(AUDIT_LIST, columns);
    return {
      ...entry,
      before: (f.before as Record<string, unknown> | null) ?? null,
      after: (f.after as Record<string, unknown> | null) ?? null,
    };
  });
}
