import { http } from '../../../shared/api/index.js';
import type { KeyActionDetail } from '../../../../app/plan/key-action-detail.js';

export type { KeyActionDetail } from '../../../../app/plan/key-action-detail.js';

export function getKeyAction(id: string): Promise<KeyActionDetail> {
  return http.get<KeyActionDetail>(`/api/plan/key-actions/${encodeURIComponent(id)}`);
}
