import { http } from '../../../shared/api/index.js';

export interface NewActionPlan {
  indicatorId: string;
  periodKey: string;
  reasons: string;
  actions: string;
  ownerId: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** The period key by which performance should be back on target. */
  expectedRecovery: string;
}

export function createActionPlan(plan: NewActionPlan): Promise<{ id: string }> {
  return http.post<{ id: string }>('/api/action-plans', plan);
}
