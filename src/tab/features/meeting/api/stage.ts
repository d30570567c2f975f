import { http } from '../../../shared/api/index.js';

export interface StageState {
  meetingId: string;
  presenterId: string;
  presenterName: string;
  route: string;
  seq: number;
  updatedAt: string;
}

const path = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/stage`;

export function getStage(meetingId: string): Promise<StageState | null> {
  return http.get<StageState | null>(path(meetingId));
}

/** Move the stage; `takeOver` when sharing to stage makes me the presenter. */
export function putStage(meetingId: string, route: string, takeOver = false): Promise<StageState> {
  return http.put<StageState>(path(meetingId), { route, takeOver });
}
