import { http, type NewActionPlan } from '../../../shared/api/index.js';

export type { NewActionPlan };

export function createActionPlan(plan: NewActionPlan): Promise<{ id: string }> {
  return http.post<{ id: string }>('/api/action-plans', plan);
}
