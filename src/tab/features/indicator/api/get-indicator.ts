import {
  http,
  type ActionPlan,
  type HistoryRow,
  type IndicatorSummary,
} from '../../../shared/api/index.js';

export interface PersonName {
  id: string;
  name: string;
}

export interface IndicatorDetail {
  indicator: IndicatorSummary;
  officers: {
    collector: PersonName;
    responsible: PersonName;
    authoriser: PersonName;
    escalationOwner: PersonName;
  };
  history: HistoryRow[];
  actionPlans: (ActionPlan & { version: string; owner: string })[];
}

export function getIndicator(code: string): Promise<IndicatorDetail> {
  return http.get<IndicatorDetail>(`/api/indicators/${encodeURIComponent(code)}`);
}
