import { http, type IndicatorSummary } from '../../../shared/api/index.js';

/** Every indicator with its service, directorate and portfolio: the filters' choices. */
export function getIndicatorSummaries(): Promise<IndicatorSummary[]> {
  return http.get<IndicatorSummary[]>('/api/indicators');
}
