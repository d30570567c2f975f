import {
  http,
  type AuthoriseReturnBody,
  type CheckReturnBody,
  type ReturnView,
  type SendBackReturnBody,
} from '../../../shared/api/index.js';

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
  const body: CheckReturnBody = {
    version,
    ...(actionPlanId ? { actionPlanId } : {}),
    ...(planUpdate ? { planUpdate } : {}),
  };
  return http.post<ReturnView>(path(id, 'check'), body);
}

export function authoriseReturn(id: string, version: string): Promise<ReturnView> {
  const body: AuthoriseReturnBody = { version };
  return http.post<ReturnView>(path(id, 'authorise'), body);
}

export function sendBackReturn(id: string, version: string, reason: string): Promise<ReturnView> {
  const body: SendBackReturnBody = { version, reason };
  return http.post<ReturnView>(path(id, 'send-back'), body);
}
