import { http, type MyReminder } from '../../../shared/api/index.js';

export type { MyReminder };

export function getMyReminders(): Promise<MyReminder[]> {
  return http.get<MyReminder[]>('/api/reminders/mine');
}
