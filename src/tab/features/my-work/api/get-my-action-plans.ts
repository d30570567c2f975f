import { http, type ActionPlan, type IndicatorSummary } from '../../../shared/api/index.js';

export interface MyActionPlan extends ActionPlan {
  version: string;
  indicatorCode: string;
  indicatorTitle: string;
}

/** Action plans I own, open first, each with its indicator's code and title. */
export async function getMyActionPlans(meId: string): Promise<MyActionPlan[]> {
  const [plans, indicators] = await Promise.all([
    http.get<(ActionPlan & { version: string })[]>(
      `/api/action-plans?ownerId=${encodeURIComponent(meId)}`,
    ),
    http.get<IndicatorSummary[]>('/api/indicators'),
  ]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return plans
    .map((p) => ({
      ...p,
      indicatorCode: byId.get(p.indicatorId)?.code ?? '',
      indicatorTitle: byId.get(p.indicatorId)?.title ?? '',
    }))
    .sort((a, b) =>
      a.status === b.status ? a.dueDate.localeCompare(b.dueDate) : a.status === 'open' ? -1 : 1,
    );
}
