import { http, queryString } from '../../../shared/api/index.js';
import type { PlanTree } from '../../../../api/index.js';

export type { PlanSummary, PlanTree } from '../../../../api/index.js';

/**
 * The thread for the map: the plan covering the period, or the plan with this code; rated on
 * authorised figures unless `includeProvisional` (leaders only).
 */
export function getStrategyMap(
  period?: string,
  plan?: string,
  includeProvisional = false,
): Promise<PlanTree> {
  const provisional = includeProvisional ? 'include' : undefined;
  return http.get<PlanTree>(`/api/plan${queryString({ period, plan, provisional })}`);
}
