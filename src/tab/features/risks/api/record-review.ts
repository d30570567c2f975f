// A review of a risk, naming the version the reviewer saw (a stale one is refused with 409).
import { http } from '../../../shared/api/index.js';
import type { RiskDetailView } from '../../../../api/index.js';

export function recordReview(
  code: string,
  body: { version: string; residualLikelihood: number; residualImpact: number; commentary: string },
): Promise<RiskDetailView> {
  return http.post<RiskDetailView>(`/api/risks/${encodeURIComponent(code)}/reviews`, body);
}
