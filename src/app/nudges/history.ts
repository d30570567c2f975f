// A return's reminder history for the tab: what was sent to whom, when, and what came of it.
import { NotFoundError } from '../../domain/errors/errors.js';
import type { ReminderStatus, Store } from '../../domain/ports/store.js';

export interface ReminderHistoryEntry {
  key: string;
  day: string;
  stage: string;
  recipientId: string;
  recipientName: string | null;
  status: ReminderStatus;
  attempts: number;
  sentAt: string | null;
  error: string | null;
  reason: string;
}

export async function reminderHistory(
  store: Store,
  returnId: string,
): Promise<ReminderHistoryEntry[]> {
  if (!(await store.get('returns', returnId))) {
    throw new NotFoundError(`no return with id ${returnId}`);
  }
  const entries = (await store.query('reminderLedger', { returnId })).map((e) => e.fields);
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
      recipientId: e.recipientId,
      recipientName: names.get(e.recipientId) ?? null,
      status: e.status,
      attempts: e.attempts,
      sentAt: e.sentAt,
      error: e.error,
      reason: e.reason,
    }));
}
