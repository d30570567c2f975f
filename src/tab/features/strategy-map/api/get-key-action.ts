import { http } from '../../../shared/api/index.js';
import type { KeyActionDetail } from '../../../../api/index.js';

export type { KeyActionDetail } from '../../../../api/index.js';

export function getKeyAction(id: string): Promise<KeyActionDetail> {
  return http.get<KeyActionDetail>(`/api/plan/key-actions/${encodeURIComponent(id)}`);
}
