import { ApiError, authHeaders, http } from '../../../shared/api/index.js';

export interface StageState {
  meetingId: string;
  /** Null only for a stage nobody has moved since Teams opened it. */
  presenterId: string | null;
  presenterName: string | null;
  route: string;
  seq: number;
  updatedAt: string;
  version: string;
}

const path = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/stage`;

export interface StagePoll {
  /** The stage, or null when nobody has moved it yet. */
  state: StageState | null;
  /** False when the server answered 304: nothing changed since `etag`. */
  changed: boolean;
  etag: string | null;
}

/**
 * Polls the stage with the last ETag, so an unchanged stage is a bodiless 304. A plain fetch (not
 * `http.get`), because a 304 is an answer here, not an error; `no-store` keeps the browser's cache
 * out of it, so the If-None-Match we send is the only one.
 */
export async function pollStage(meetingId: string, etag: string | null): Promise<StagePoll> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(await authHeaders()) };
  if (etag) headers['If-None-Match'] = etag;
  const res = await fetch(path(meetingId), {
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (res.status === 304) return { state: null, changed: false, etag };
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok)
    throw new ApiError(res.status, {
      error: 'http',
      message: `The server answered ${res.status}`,
      ...(body as object),
    });
  return { state: body as StageState | null, changed: true, etag: res.headers.get('ETag') };
}

/** Move the stage; `takeOver` after Teams accepted my share to stage. */
export function putStage(meetingId: string, route: string, takeOver = false): Promise<StageState> {
  return http.put<StageState>(path(meetingId), { route, takeOver });
}
