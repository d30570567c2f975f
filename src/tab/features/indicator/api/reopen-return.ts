// Reopening an authorised figure found wrong (issue 14): the performance team or the indicator's
// Authorising Officer, with a reason and the version they saw.
import { http, type ReturnView } from '../../../shared/api/index.js';

export function reopenReturn(id: string, version: string, reason: string): Promise<ReturnView> {
  return http.post<ReturnView>(`/api/returns/${encodeURIComponent(id)}/reopen`, {
    version,
    reason,
  });
}
