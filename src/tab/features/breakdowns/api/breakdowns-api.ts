// The breakdown section's calls: an indicator's breakdowns, and entering one breakdown of a return.
import { http } from '../../../shared/api/index.js';
import type { IndicatorBreakdownsView } from '../../../../api/index.js';

export type { IndicatorBreakdownsView };
export type {
  BreakdownPeriodView,
  BreakdownView,
  BreakdownValueView,
} from '../../../../api/index.js';

export function getBreakdowns(code: string): Promise<IndicatorBreakdownsView> {
  return http.get(`/api/indicators/${encodeURIComponent(code)}/breakdowns`);
}

export interface BreakdownEntry {
  breakdown: string;
  values: {
    key: string;
    label?: string;
    value: number | null;
    numerator?: number | null;
    denominator?: number | null;
  }[];
}

export function saveBreakdown(
  returnId: string,
  entry: BreakdownEntry,
): Promise<IndicatorBreakdownsView> {
  return http.put(`/api/returns/${encodeURIComponent(returnId)}/breakdowns`, entry);
}
