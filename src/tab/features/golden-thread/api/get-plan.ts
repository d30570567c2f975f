import { http, queryString, type ThreadNode } from '../../../shared/api/index.js';

export interface PlanTree {
  period: { key: string; label: string };
  tree: ThreadNode | null;
}

export function getPlan(period?: string): Promise<PlanTree> {
  return http.get<PlanTree>(`/api/plan${queryString({ period })}`);
}
