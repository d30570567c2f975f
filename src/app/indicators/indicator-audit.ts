// An indicator's audit trail as the tab shows it: the latest changes to the indicator, its
// targets and its returns, merged and named, newest first; and one return's trail. Both hold
// before/after commentary, so they are open only to the people with a part in the indicator, the
// Leadership Team and the performance team (issue 15, D7); the whole log stays admin-only.
import type { AuditEntry, Indicator } from '../../domain/model/types.js';
import { ForbiddenError, NotFoundError } from '../../domain/errors/errors.js';
import type { ListName } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { actsFor } from '../returns/actor.js';

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
 * Refuses, before any audit is read, a person who is not one of the indicator's officers (Collection,
 * Responsible, Authorising, escalation owner) or their recorded delegate, nor on the Leadership Team,
 * nor in the performance team.
 */
async function assertMayReadAudit(deps: AppDeps, personId: string, indicator: Indicator) {
  const { people } = await loadCatalogue(deps.store);
  const roles = people.get(personId)?.roles ?? [];
  if (roles.includes('admin') || roles.includes('leadership')) return;
  const parts = [
    indicator.collectorId,
    indicator.responsibleId,
    indicator.authoriserId,
    indicator.escalationOwnerId,
  ];
  if (parts.some((assigned) => actsFor(people, personId, assigned))) return;
  throw new ForbiddenError(
    `The audit trail of ${indicator.code} is open to its officers, the Leadership Team and the performance team`,
  );
}

/** One return's audit trail, oldest first, as the store keeps it. */
export async function returnAudit(deps: AppDeps, personId: string, returnId: string) {
  const ret = await deps.store.get('returns', returnId);
  const indicator = ret && (await deps.store.get('indicators', ret.fields.indicatorId));
  if (!ret || !indicator) throw new NotFoundError(`No return with id ${returnId}`);
  await assertMayReadAudit(deps, personId, { ...indicator.fields, id: indicator.id });
  return deps.store.audit({ list: 'returns', itemId: ret.id });
}

/**
 * The latest changes to an indicator, its targets and its returns, newest first. The store keeps
 * the audit per item (SharePoint's version history works the same way), so we ask per item.
 */
export async function indicatorAudit(deps: AppDeps, personId: string, code: string, top: number) {
  const found = await deps.store.query('indicators', { code: code.toUpperCase() });
  const indicator = found[0];
  if (!indicator) throw new NotFoundError(`No indicator with code ${code}`);
  await assertMayReadAudit(deps, personId, { ...indicator.fields, id: indicator.id });
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
