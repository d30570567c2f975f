// The deep-dive API as the tab calls it (issue 16). Every answer is the review as people read it
// (DeepDiveView: dates in words, what the viewer may do), so the tab never decides who may write.
import { http, queryString } from '../../../shared/api/index.js';
import type {
  DeepDiveAnswers,
  DeepDiveTrigger,
  DeepDiveView,
  IndicatorDeepDives,
} from '../../../../api/index.js';

export type { DeepDiveView, IndicatorDeepDives };

const one = (id: string) => `/api/deep-dives/${encodeURIComponent(id)}`;

export function getDeepDives(filter: { status?: 'open' | 'closed' }): Promise<DeepDiveView[]> {
  return http.get<DeepDiveView[]>(`/api/deep-dives${queryString(filter)}`);
}

export function getIndicatorDeepDives(code: string): Promise<IndicatorDeepDives> {
  return http.get<IndicatorDeepDives>(`/api/indicators/${encodeURIComponent(code)}/deep-dives`);
}

export function openDeepDive(body: {
  indicator: string;
  trigger: DeepDiveTrigger;
  requestedBy: string;
  scope: string;
  leadOfficerId: string;
  dueDate: string | null;
}): Promise<DeepDiveView> {
  return http.post<DeepDiveView>('/api/deep-dives', body);
}

export interface DeepDiveChange {
  version: string;
  answers?: Partial<DeepDiveAnswers>;
  findings?: string;
  recommendations?: string;
  actionPlanId?: string | null;
  leadOfficerId?: string;
  dueDate?: string | null;
}

export function updateDeepDive(id: string, change: DeepDiveChange): Promise<DeepDiveView> {
  return http.patch<DeepDiveView>(one(id), change);
}

export function closeDeepDive(
  id: string,
  body: { version: string; findings: string; outcome: string },
): Promise<DeepDiveView> {
  return http.post<DeepDiveView>(`${one(id)}/close`, body);
}
