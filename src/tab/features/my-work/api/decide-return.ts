import { http, type ReturnView } from '../../../shared/api/index.js';

const path = (id: string, verb: string) => `/api/returns/${encodeURIComponent(id)}/${verb}`;

/**
 * Pass the check (Responsible Officer). An off-target figure needs an open action plan's id; a note
 * on where that plan stands (`planUpdate`, required for an overdue plan) is added to its progress.
 */
export function checkReturn(
  id: string,
  version: string,
  actionPlanId?: string,
  planUpdate?: string,
): Promise<ReturnView> {
  return http.post<ReturnView>(path(id, 'check'), {
    version,
    ...(actionPlanId ? { actionPlanId } : {}),
    ...(planUpdate ? { planUpdate } : {}),
  });
}

export function authoriseReturn(id: string, version: string): Promise<ReturnView> {
  return http.post<ReturnView>(path(id, 'authorise'), { version });
}

export function sendBackReturn(id: string, version: string, reason: string): Promise<ReturnView> {
  return http.post<ReturnView>(path(id, 'send-back'), { version, reason });
}
