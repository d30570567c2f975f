import { http, type ReturnView, type SubmitReturnBody } from '../../../shared/api/index.js';

/** The submit body, as the server's schema takes it (src/api/returns.ts). */
export type SubmitInput = SubmitReturnBody;

export function submitReturn(id: string, input: SubmitInput): Promise<ReturnView> {
  return http.post<ReturnView>(`/api/returns/${encodeURIComponent(id)}/submit`, input);
}
