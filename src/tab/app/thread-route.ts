// The golden thread's filters in its address (`#/golden-thread?directorate=D1&service=S3`), so a
// directorate's or a service's thread — its ratings with its budget beside them — is a page of its
// own: linked from the dashboard's budget table, kept on a reload, sent in a chat.

export interface ThreadFilterRoute {
  directorate?: string;
  service?: string;
  portfolio?: string;
  priority?: string;
}

const KEYS = ['directorate', 'service', 'portfolio', 'priority'] as const;

export function parseThreadFilters(query: URLSearchParams): ThreadFilterRoute {
  const f: ThreadFilterRoute = {};
  for (const key of KEYS) {
    const value = query.get(key);
    if (value) f[key] = value;
  }
  return f;
}

/** The query string (with its `?`, or empty), encodeURIComponent so a space is never a `+`. */
export function threadFilterQuery(f: ThreadFilterRoute): string {
  const q = KEYS.filter((key) => f[key]).map((key) => `${key}=${encodeURIComponent(f[key]!)}`);
  return q.length ? `?${q.join('&')}` : '';
}
