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
  /** What will be done, each by its own date (the owner is nudged on these dates). */
  correctiveActions?: { title: string; dueDate: string }[];
}

export function createActionPlan(plan: NewActionPlan): Promise<{ id: string }> {
  return http.post<{ id: string }>('/api/action-plans', plan);
}
