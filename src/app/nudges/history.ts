// A return's reminder history for the tab: what was sent to whom, when, and what came of it.
import { ForbiddenError, NotFoundError } from '../../domain/errors/errors.js';
import type { ReminderStatus, Store } from '../../domain/ports/store.js';
import { entryTime } from './delivery-problems.js';
import { stageText, statusText } from './reminder-words.js';

export interface ReminderHistoryEntry {
  key: string;
  day: string;
  stage: string;
  /** The stage and status in words, for the tab. */
  stageText: string;
  statusText: string;
  recipientId: string;
  recipientName: string | null;
  status: ReminderStatus;
  attempts: number;
  sentAt: string | null;
  /** When it was last tried or sent (an instant), whatever came of it. */
  at: string;
  error: string | null;
  reason: string;
}

/**
 * Who was chased, and why a message failed, is for the people who answer for the return: its
 * officers (and their delegates), the escalation owner, anyone it was sent to, the Leadership
 * Team and the performance team. Anyone else is refused, as they are for the return itself.
 */
async function mayRead(
  store: Store,
  viewerId: string,
  indicatorId: string,
  recipients: ReadonlySet<string>,
): Promise<boolean> {
  const viewer = await store.get('people', viewerId);
  if (!viewer) return false;
  if (viewer.fields.roles.some((r) => r === 'admin' || r === 'leadership')) return true;
  if (recipients.has(viewerId)) return true;
  const indicator = await store.get('indicators', indicatorId);
  if (!indicator) return false;
  const named = [
    indicator.fields.collectorId,
    indicator.fields.responsibleId,
    indicator.fields.authoriserId,
    indicator.fields.escalationOwnerId,
  ];
  for (const id of named) {
    if (id === viewerId) return true;
    const person = id ? await store.get('people', id) : null;
    if (person?.fields.delegateId === viewerId) return true;
  }
  return false;
}

export async function reminderHistory(
  store: Store,
  returnId: string,
  viewerId: string,
): Promise<ReminderHistoryEntry[]> {
  const ret = await store.get('returns', returnId);
  if (!ret) throw new NotFoundError(`no return with id ${returnId}`);
  const items = await store.query('reminderLedger', { returnId });
  const recipients = new Set(items.map((e) => e.fields.recipientId));
  if (!(await mayRead(store, viewerId, ret.fields.indicatorId, recipients))) {
    throw new ForbiddenError('Only the people who answer for this return may see its reminders');
  }
  const entries = items.map((e) => ({ ...e.fields, at: entryTime(e) }));
  const names = new Map<string, string | null>();
  for (const id of new Set(entries.map((e) => e.recipientId))) {
    names.set(id, (await store.get('people', id))?.fields.name ?? null);
  }
  return entries
    .sort((a, b) => b.day.localeCompare(a.day) || a.stage.localeCompare(b.stage))
    .map((e) => ({
      key: e.key,
      day: e.day,
      stage: e.stage,
      stageText: stageText(e.stage),
      statusText: statusText(e.status, e.attempts),
      recipientId: e.recipientId,
      recipientName: names.get(e.recipientId) ?? null,
      status: e.status,
      attempts: e.attempts,
      sentAt: e.sentAt,
      at: e.at,
      error: e.error,
      reason: e.reason,
    }));
}
