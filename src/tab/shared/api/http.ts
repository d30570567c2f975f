// The tab's one HTTP client wrapper (STYLE.md: one way to do each thing). Same-origin fetch: with
// an Entra access token as `Authorization: Bearer` once sign-in has set a token source (tenant
// mode), else the local dev sign-in cookie; every non-2xx answer becomes an ApiError carrying the
// server's body, so features can react to 400 problems, 409 conflicts and 422 refusals by code.
import { startEarly, takeEarly } from './early.js';

export interface ApiProblem {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  error: string;
  message: string;
  problems?: ApiProblem[];
  code?: string;
  question?: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message || `Request failed (${status})`);
  }

  /** The message for one field from a 400 answer, if the server named it. */
  problemFor(field: string): string | undefined {
    if (this.status !== 400) return undefined;
    const found = this.body.problems?.find((p) => p.field === field);
    if (found) return found.message;
    return this.body.field === field ? this.body.message : undefined;
  }
}

/** Gives a current access token; `fresh` asks for a new one after the server refused the last. */
export type TokenSource = (fresh?: boolean) => Promise<string>;
let tokenSource: TokenSource | null = null;

export function setTokenSource(source: TokenSource | null): void {
  tokenSource = source;
}

/** Headers every call carries: the bearer token when signed in with Entra. */
export async function authHeaders(fresh = false): Promise<Record<string, string>> {
  return tokenSource ? { Authorization: `Bearer ${await tokenSource(fresh)}` } : {};
}

async function send(method: string, path: string, body: unknown, fresh: boolean) {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(await authHeaders(fresh)),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res = await send(method, path, body, false);
  // A token can expire between being cached and arriving: ask once for a fresh one.
  if (res.status === 401 && tokenSource) res = await send(method, path, body, true);
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const fallback: ApiErrorBody = { error: 'http', message: `The server answered ${res.status}` };
    throw new ApiError(res.status, (data as ApiErrorBody | null) ?? fallback);
  }
  return data as T;
}

/** GET, using the early request for the same path when one was started (see early.ts). */
function get<T>(path: string): Promise<T> {
  const early = takeEarly(path);
  if (!early) return request<T>('GET', path);
  return (early as Promise<T>).catch(() => request<T>('GET', path));
}

/** Starts a GET now (after sign-in settles) for the first page to pick up. */
export function prefetch(path: string): void {
  startEarly(path, () => request('GET', path));
}

export const http = {
  get,
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
};

/** `?a=1&b=2` from the defined entries, or '' when there are none. */
export function queryString(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
