import {
  http,
  type ActionPlan,
  type BenchmarkPosition,
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
  /** The quartile against the comparator group, each period it has figures for, oldest first. */
  benchmarks: BenchmarkPosition[];
  actionPlans: (ActionPlan & { version: string; owner: string })[];
}

export function getIndicator(code: string): Promise<IndicatorDetail> {
  return http.get<IndicatorDetail>(`/api/indicators/${encodeURIComponent(code)}`);
}
