// One risk with its mitigations, review history and trend.
import { http } from '../../../shared/api/index.js';
import type { RiskDetailView } from '../../../../api/index.js';

export type { RiskDetailView } from '../../../../api/index.js';

export function getRisk(code: string): Promise<RiskDetailView> {
  return http.get<RiskDetailView>(`/api/risks/${encodeURIComponent(code)}`);
}
