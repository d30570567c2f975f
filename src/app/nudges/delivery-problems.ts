// Reminder deliveries for the performance team (issue 4): the ledger's failures — permanent ones
// (the person left, the app was removed: 403/404) and those still being retried — newest first,
// with who, which indicator and period, the stage and the error, so someone can fix the cause.
import type { Person } from '../../domain/model/types.js';
import { londonDate } from '../../domain/periods/index.js';
import type { ReminderStatus, Store } from '../../domain/ports/store.js';
import { requireAdmin } from '../admin/index.js';
import type { AppDeps } from '../deps.js';
import type { LedgerItem } from './ledger.js';
import { sourceOf, type SubjectDescription } from './sources/index.js';
import { stageText, statusText } from './reminder-words.js';

/** `problems`: failed and permanent-failure; `all`: every entry (bounded by `top`). */
export type DeliveryFilter = 'problems' | 'all' | ReminderStatus;

export const PROBLEM_STATUSES: readonly ReminderStatus[] = ['permanent-failure', 'failed'];

export interface DeliveryRow {
  id: string;
  version: string;
  returnId: string;
  day: string;
  stage: string;
  stageText: string;
  recipientId: string;
  recipientName: string | null;
  indicatorCode: string | null;
  indicatorTitle: string | null;
  periodLabel: string | null;
  status: ReminderStatus;
  statusText: string;
  attempts: number;
  error: string | null;
  reason: string;
  /** When it was last tried (or sent), as an instant. */
  at: string;
  /** Today's failure of a return still due: "try again" puts it back for the next cycle. */
  retryable: boolean;
}

/** When an entry was last tried: the claim time, else the send time, else the last write. */
export function entryTime(e: LedgerItem): string {
  return e.fields.attemptedAt ?? e.fields.sentAt ?? e.modifiedAt;
}

async function entriesFor(store: Store, filter: DeliveryFilter): Promise<LedgerItem[]> {
  if (filter === 'all') return store.query('reminderLedger');
  const statuses = filter === 'problems' ? PROBLEM_STATUSES : [filter];
  const lists = await Promise.all(
    statuses.map((status) => store.query('reminderLedger', { status })),
  );
  return lists.flat();
}

/** Describes ledger entries with names, indicators and periods (each return read once). */
export async function describeEntries(
  deps: AppDeps,
  entries: LedgerItem[],
): Promise<DeliveryRow[]> {
  const today = londonDate(deps.clock.now());
  const names = new Map<string, string | null>();
  const returns = new Map<string, SubjectDescription>();
  for (const e of entries) {
    const { recipientId, returnId } = e.fields;
    if (!names.has(recipientId)) {
      names.set(recipientId, (await deps.store.get('people', recipientId))?.fields.name ?? null);
    }
    if (returns.has(returnId)) continue;
    const { source, id } = sourceOf(returnId);
    returns.set(returnId, await source.describe(deps.store, id));
  }
  return entries.map((e) => {
    const f = e.fields;
    const ret = returns.get(f.returnId)!;
    return {
      id: e.id,
      version: e.version,
      returnId: f.returnId,
      day: f.day,
      stage: f.stage,
      stageText: stageText(f.stage),
      recipientId: f.recipientId,
      recipientName: names.get(f.recipientId) ?? null,
      indicatorCode: ret.code,
      indicatorTitle: ret.title,
      periodLabel: ret.label,
      status: f.status,
      statusText: statusText(f.status, f.attempts),
      attempts: f.attempts,
      error: f.error,
      reason: f.reason,
      at: entryTime(e),
      retryable: PROBLEM_STATUSES.includes(f.status) && f.day === today && ret.due,
    };
  });
}

/** The performance team's list of reminder deliveries, newest first, at most `top`. */
export async function reminderDeliveries(
  deps: AppDeps,
  actor: Pick<Person, 'roles'>,
  query: { status: DeliveryFilter; top: number },
): Promise<DeliveryRow[]> {
  requireAdmin(actor);
  const entries = await entriesFor(deps.store, query.status);
  const newest = entries
    .sort((a, b) => entryTime(b).localeCompare(entryTime(a)) || a.id.localeCompare(b.id))
    .slice(0, query.top);
  return describeEntries(deps, newest);
}
