import { http, type IndicatorSummary } from '../../../shared/api/index.js';
import { getActionPlans, type ActionPlanView } from '../../action-plans/index.js';

export interface MyActionPlan extends ActionPlanView {
  indicatorTitle: string;
}

/** Action plans I own, open first (overdue first among them), each with its indicator's title. */
export async function getMyActionPlans(meId: string): Promise<MyActionPlan[]> {
  const [plans, indicators] = await Promise.all([
    getActionPlans({ ownerId: meId }),
    http.get<IndicatorSummary[]>('/api/indicators'),
  ]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return plans.map((p) => ({ ...p, indicatorTitle: byId.get(p.indicatorId)?.title ?? '' }));
}
