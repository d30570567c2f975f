// An indicator's audit trail as the tab shows it: the latest changes to the indicator, its
// targets and its returns, merged and named, newest first.
import type { AuditEntry } from '../../domain/model/types.js';
import { NotFoundError } from '../../domain/errors/errors.js';
import type { ListName } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';

/** One line of an indicator's audit trail, in the words the tab shows. */
export interface IndicatorAuditLine {
  id: string;
  at: string;
  actorName: string;
  channel: string;
  /** What changed: 'indicator', 'target 2025/26' or the return's period key. */
  subject: string;
  action: AuditEntry['action'];
  event: string | null;
  /** Fields whose value differs between before and after (none listed for a create). */
  changed: string[];
  note: string | null;
}

function changedFields(e: AuditEntry): string[] {
  if (!e.before || !e.after) return [];
  const keys = new Set([...Object.keys(e.before), ...Object.keys(e.after)]);
  return [...keys].filter(
    (k) => JSON.stringify(e.before![k]) !== JSON.stringify(e.after![k]) && k !== 'updatedAt',
  );
}

/**
 * The latest changes to an indicator, its targets and its returns, newest first. The store keeps
 * the audit per item (SharePoint's version history works the same way), so we ask per item.
 */
export async function indicatorAudit(deps: AppDeps, code: string, top: number) {
  const found = await deps.store.query('indicators', { code: code.toUpperCase() });
  const indicator = found[0];
  if (!indicator) throw new NotFoundError(`No indicator with code ${code}`);
  const [returns, targets] = await Promise.all([
    deps.store.query('returns', { indicatorId: indicator.id }),
    deps.store.query('targets', { indicatorId: indicator.id }),
  ]);
  const subjects = new Map<string, [ListName, string]>([
    [indicator.id, ['indicators', 'indicator']],
  ]);
  for (const t of targets) subjects.set(t.id, ['targets', `target ${t.fields.year}`]);
  for (const r of returns) subjects.set(r.id, ['returns', r.fields.periodKey]);
  const trails = await Promise.all(
    [...subjects].map(([itemId, [list]]) => deps.store.audit({ list, itemId, top })),
  );
  const entries = trails
    .flat()
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, top);
  const names = new Map(
    (await deps.store.query('people')).map((p) => [p.id, p.fields.name] as const),
  );
  return entries.map((e): IndicatorAuditLine => ({
    id: e.id,
    at: e.at,
    actorName: names.get(e.actorId) ?? e.actorId,
    channel: e.channel,
    subject: subjects.get(e.itemId)?.[1] ?? e.itemId,
    action: e.action,
    event: e.event,
    changed: changedFields(e),
    note: e.note,
  }));
}
