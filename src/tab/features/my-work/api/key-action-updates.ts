// Key-action progress updates (issue 13): mine to give and to check, and the decisions on them.
import {
  http,
  type KeyActionUpdateView,
  type MyKeyActionUpdates,
  type SubmitKeyActionUpdateBody,
} from '../../../shared/api/index.js';

export type { KeyActionUpdateView, MyKeyActionUpdates };

/** The owner's update, as the server's schema takes it (src/api/key-action-updates.ts). */
export type UpdateInput = SubmitKeyActionUpdateBody;

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
