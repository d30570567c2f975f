// The spot-check API as the tab calls it: a quarter's checks, a draw, a finding.
import { http, queryString } from '../../../shared/api/index.js';
import type { DrawResult, FindingResult, SpotCheckQuarterView } from '../../../../api/index.js';
import type { SpotCheckFinding } from '../../../../domain/model/types.js';

export type { SpotCheckQuarterView, SpotCheckView, DrawView } from '../../../../api/index.js';

export function getSpotChecks(period: string): Promise<SpotCheckQuarterView> {
  return http.get<SpotCheckQuarterView>(`/api/spot-checks${queryString({ period })}`);
}

export function drawSpotChecks(body: {
  period: string;
  count: number;
  redraw?: boolean;
  reason?: string;
}): Promise<DrawResult> {
  return http.post<DrawResult>('/api/spot-checks/draw', body);
}

export function recordFinding(
  id: string,
  body: { version: string; finding: SpotCheckFinding; notes: string; correctiveAction: string },
): Promise<FindingResult> {
  return http.post<FindingResult>(`/api/spot-checks/${encodeURIComponent(id)}/finding`, body);
}
