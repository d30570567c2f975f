import { http } from '../../../shared/api/index.js';
import type { ReminderHistoryEntry } from '../../../../api/index.js';

export type { ReminderHistoryEntry };

/** What the nudges sent about one return: to whom, when, and what came of it (newest first). */
export function getReminderHistory(returnId: string): Promise<ReminderHistoryEntry[]> {
  return http.get<ReminderHistoryEntry[]>(`/api/returns/${encodeURIComponent(returnId)}/reminders`);
}
