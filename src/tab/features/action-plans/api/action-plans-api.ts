// The action-plan API as the tab calls it (issue 14): lists, progress, approval and closing. Every
// answer is the plan as people read it (ActionPlanView), so the tab never works out dates itself.
import { http, queryString } from '../../../shared/api/index.js';
import type { ActionPlanView, NewCorrectiveAction } from '../../../../api/index.js';

export type { ActionPlanView, NewCorrectiveAction };

const path = (id: string, verb: string) => `/api/action-plans/${encodeURIComponent(id)}/${verb}`;

export function getActionPlans(filter: {
  indicatorId?: string;
  ownerId?: string;
  status?: 'open' | 'closed';
  awaiting?: 'me';
}): Promise<ActionPlanView[]> {
  return http.get<ActionPlanView[]>(`/api/action-plans${queryString(filter)}`);
}

export function updateActionPlan(
  id: string,
  change: {
    version: string;
    progress?: string;
    done?: { index: number; done: boolean }[];
    add?: NewCorrectiveAction[];
  },
): Promise<ActionPlanView> {
  return http.post<ActionPlanView>(path(id, 'progress'), change);
}

export function decideActionPlan(
  id: string,
  body: { version: string; decision: 'approve' | 'reject'; note: string | null },
): Promise<ActionPlanView> {
  return http.post<ActionPlanView>(path(id, 'approval'), body);
}

export function closeActionPlan(
  id: string,
  body: { version: string; outcome: string },
): Promise<ActionPlanView> {
  return http.post<ActionPlanView>(path(id, 'close'), body);
}
