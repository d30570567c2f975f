// Key-action progress updates (issue 13): mine to give and to check, and the decisions on them.
import type {
  KeyActionUpdateView,
  MyKeyActionUpdates,
} from '../../../../app/key-action-updates/index.js';
import type { ActionOutcome, ActionStatus } from '../../../../domain/model/types.js';
import { http } from '../../../shared/api/index.js';

export type { KeyActionUpdateView, MyKeyActionUpdates };

export interface UpdateInput {
  version: string;
  status: ActionStatus;
  outcome: ActionOutcome;
  percentComplete: number;
  commentary: string;
  evidenceUrl: string | null;
  revisedDueDate: string | null;
  revisedDueReason: string | null;
  nextMilestone: string;
}

const path = (id: string, verb: string) =>
  `/api/key-action-updates/${encodeURIComponent(id)}/${verb}`;

export function getMyKeyActionUpdates(): Promise<MyKeyActionUpdates> {
  return http.get<MyKeyActionUpdates>('/api/key-action-updates/mine');
}

export function submitKeyActionUpdate(id: string, input: UpdateInput) {
  return http.post<KeyActionUpdateView>(path(id, 'submit'), input);
}

export function checkKeyActionUpdate(id: string, version: string) {
  return http.post<KeyActionUpdateView>(path(id, 'check'), { version });
}

export function sendBackKeyActionUpdate(id: string, version: string, reason: string) {
  return http.post<KeyActionUpdateView>(path(id, 'send-back'), { version, reason });
}
