import { http } from '../../../shared/api/index.js';

export interface MyReminder {
  key: string;
  day: string;
  stage: string;
  status: string;
  reason: string;
  sentAt: string | null;
  indicatorCode: string | null;
  periodLabel: string | null;
}

export function getMyReminders(): Promise<MyReminder[]> {
  return http.get<MyReminder[]>('/api/reminders/mine');
}
