// The register's filters in its address (`#/risks?status=open&above=yes&cell=4-3`), so a filtered
// register survives a reload, can be linked from the stage, and a heat-map cell is a plain link.
// `cell` is likelihood-impact, as the heat map reads (likelihood along, impact up). `objective`,
// `priority`, `keyAction` and `indicator` (codes) keep the risks that threaten that part of the
// golden thread, as the API's filters of the same names do: the strategy map links here with one.

export interface RiskFilterRoute {
  status?: string;
  category?: string;
  aboveTolerance?: boolean;
  reviewOverdue?: boolean;
  cell?: { likelihood: number; impact: number };
  thread?: { kind: ThreadFilterKind; code: string };
}

/** The golden thread's parts the register filters by, as the API names them. */
export const THREAD_FILTERS = ['objective', 'priority', 'keyAction', 'indicator'] as const;
export type ThreadFilterKind = (typeof THREAD_FILTERS)[number];

const level = (s: string | undefined) => {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
};

export function parseRiskFilters(query: URLSearchParams): RiskFilterRoute {
  const f: RiskFilterRoute = {};
  const status = query.get('status');
  if (status) f.status = status;
  const category = query.get('category');
  if (category) f.category = category;
  if (query.get('above') === 'yes') f.aboveTolerance = true;
  if (query.get('overdue') === 'yes') f.reviewOverdue = true;
  const [l, i] = (query.get('cell') ?? '').split('-');
  const likelihood = level(l);
  const impact = level(i);
  if (likelihood && impact) f.cell = { likelihood, impact };
  for (const kind of THREAD_FILTERS) {
    const code = query.get(kind)?.trim();
    if (code && !f.thread) f.thread = { kind, code };
  }
  return f;
}

/** The query string (with its `?`, or empty), encodeURIComponent so a space is never a `+`. */
export function riskFilterQuery(f: RiskFilterRoute): string {
  const q = [
    f.status && `status=${encodeURIComponent(f.status)}`,
    f.category && `category=${encodeURIComponent(f.category)}`,
    f.aboveTolerance && 'above=yes',
    f.reviewOverdue && 'overdue=yes',
    f.cell && `cell=${f.cell.likelihood}-${f.cell.impact}`,
    f.thread && `${f.thread.kind}=${encodeURIComponent(f.thread.code)}`,
  ].filter(Boolean);
  return q.length ? `?${q.join('&')}` : '';
}
