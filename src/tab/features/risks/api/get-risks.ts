// The register with the filters the API applies (the heat-map cell is narrowed in the tab).
import { http, queryString } from '../../../shared/api/index.js';
import type { RegisterView } from '../../../../api/index.js';
import type { RiskFilterRoute } from '../../../app/risk-route.js';

export type { RegisterView, RiskSummaryView, ScoreView } from '../../../../api/index.js';

export function getRisks(f: RiskFilterRoute = {}): Promise<RegisterView> {
  return http.get<RegisterView>(
    `/api/risks${queryString({
      status: f.status,
      category: f.category,
      aboveTolerance: f.aboveTolerance ? 'true' : undefined,
      reviewOverdue: f.reviewOverdue ? 'true' : undefined,
      ...(f.thread && { [f.thread.kind]: f.thread.code }),
    })}`,
  );
}
