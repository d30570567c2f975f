import { http, type ReturnView } from '../../../shared/api/index.js';

export interface SubmitInput {
  version: string;
  value: number | null;
  notAvailableReason?: string | null;
  commentary: string;
  evidenceUrl?: string | null;
  forecast?: number | null;
  /** The officer has confirmed a figure the server questioned as implausible. */
  confirm?: boolean;
}

export function submitReturn(id: string, input: SubmitInput): Promise<ReturnView> {
  return http.post<ReturnView>(`/api/returns/${encodeURIComponent(id)}/submit`, input);
}
