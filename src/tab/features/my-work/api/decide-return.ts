import { http, type ReturnView } from '../../../shared/api/index.js';

const path = (id: string, verb: string) => `/api/returns/${encodeURIComponent(id)}/${verb}`;

/** Pass the check (Responsible Officer); an off-target figure needs an action plan's id. */
export function checkReturn(
  id: string,
  version: string,
  actionPlanId?: string,
): Promise<ReturnView> {
  return http.post<ReturnView>(
    path(id, 'check'),
    actionPlanId ? { version, actionPlanId } : { version },
  );
}

export function authoriseReturn(id: string, version: string): Promise<ReturnView> {
  return http.post<ReturnView>(path(id, 'authorise'), { version });
}

export function sendBackReturn(id: string, version: string, reason: string): Promise<ReturnView> {
  return http.post<ReturnView>(path(id, 'send-back'), { version, reason });
}
