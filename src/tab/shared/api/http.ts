// The tab's one HTTP client wrapper (STYLE.md: one way to do each thing). Same-origin fetch with
// the dev sign-in cookie; every non-2xx answer becomes an ApiError carrying the server's body, so
// features can react to 400 problems, 409 conflicts and 422 refusals by their `error` code.
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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers:
      body === undefined
        ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const fallback: ApiErrorBody = { error: 'http', message: `The server answered ${res.status}` };
    throw new ApiError(res.status, (data as ApiErrorBody | null) ?? fallback);
  }
  return data as T;
}

export const http = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
};

/** `?a=1&b=2` from the defined entries, or '' when there are none. */
export function queryString(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
