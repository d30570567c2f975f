// A small hash router: Teams deep links and a static SPA both survive a reload with `#/…`, and no
// server route is needed per page. No React here (useRoute is in use-route.ts): start-early.ts
// parses the route before React is evaluated.
import { parseRiskFilters, riskFilterQuery, type RiskFilterRoute } from './risk-route.js';
import { parseThreadFilters, threadFilterQuery, type ThreadFilterRoute } from './thread-route.js';

export type Route =
  | { page: 'my-work' }
  | { page: 'dashboard'; period?: string }
  | { page: 'strategic'; asAt?: string }
  | { page: 'golden-thread'; filters?: ThreadFilterRoute }
  | { page: 'strategy-map'; period?: string; plan?: string }
  | { page: 'indicator'; code: string; breakdowns?: string }
  | { page: 'reports'; period?: string }
  | { page: 'spot-checks'; period?: string }
  | { page: 'risks'; filters: RiskFilterRoute }
  | { page: 'risk'; code: string }
  | { page: 'deep-dives' }
  | { page: 'admin'; section: AdminSection; id?: string }
  | { page: 'not-found'; path: string };

export type AdminSection =
  | 'indicators'
  | 'people'
  | 'plans'
  | 'service-plans'
  | 'timetable'
  | 'rating-scheme'
  | 'plan-approval'
  | 'reminders';
const ADMIN_SECTIONS: readonly AdminSection[] = [
  'indicators',
  'people',
  'plans',
  'service-plans',
  'timetable',
  'rating-scheme',
  'plan-approval',
  'reminders',
];

export function parseRoute(hash: string): Route {
  const [rawPath = '', rawQuery = ''] = hash.replace(/^#/, '').split('?');
  const parts = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(rawQuery);
  switch (parts[0]) {
    case undefined:
    case 'my-work':
      return { page: 'my-work' };
    case 'dashboard':
      return { page: 'dashboard', period: query.get('period') ?? undefined };
    case 'strategic':
      return { page: 'strategic', asAt: query.get('asAt') ?? undefined };
    case 'golden-thread':
      return { page: 'golden-thread', filters: parseThreadFilters(query) };
    case 'strategy-map':
      return {
        page: 'strategy-map',
        period: query.get('period') ?? undefined,
        plan: query.get('plan') ?? undefined,
      };
    case 'reports':
      return { page: 'reports', period: query.get('period') ?? undefined };
    case 'spot-checks':
      return { page: 'spot-checks', period: query.get('period') ?? undefined };
    case 'risks':
      return parts[1]
        ? { page: 'risk', code: parts[1] }
        : { page: 'risks', filters: parseRiskFilters(query) };
    case 'indicators':
      if (!parts[1]) return { page: 'golden-thread' };
      // ?breakdowns=<period key>: the return card's link to enter that period's breakdowns.
      return query.get('breakdowns')
        ? { page: 'indicator', code: parts[1], breakdowns: query.get('breakdowns')! }
        : { page: 'indicator', code: parts[1] };
    case 'deep-dives':
      return { page: 'deep-dives' };
    case 'admin': {
      const section = (parts[1] ?? 'indicators') as AdminSection;
      if (!ADMIN_SECTIONS.includes(section)) return { page: 'not-found', path: rawPath };
      return parts[2] ? { page: 'admin', section, id: parts[2] } : { page: 'admin', section };
    }
    default:
      return { page: 'not-found', path: rawPath };
  }
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'my-work':
      return '#/my-work';
    case 'dashboard':
      return route.period
        ? `#/dashboard?period=${encodeURIComponent(route.period)}`
        : '#/dashboard';
    case 'strategic':
      return route.asAt ? `#/strategic?asAt=${encodeURIComponent(route.asAt)}` : '#/strategic';
    case 'golden-thread':
      return `#/golden-thread${threadFilterQuery(route.filters ?? {})}`;
    case 'strategy-map': {
      // encodeURIComponent, not URLSearchParams: a `+` for a space is not a stage route.
      const q = [
        route.period && `period=${encodeURIComponent(route.period)}`,
        route.plan && `plan=${encodeURIComponent(route.plan)}`,
      ].filter(Boolean);
      return q.length ? `#/strategy-map?${q.join('&')}` : '#/strategy-map';
    }
    case 'indicator':
      return `#/indicators/${encodeURIComponent(route.code)}${route.breakdowns ? `?breakdowns=${encodeURIComponent(route.breakdowns)}` : ''}`;
    case 'reports':
      return route.period ? `#/reports?period=${encodeURIComponent(route.period)}` : '#/reports';
    case 'spot-checks':
      return route.period
        ? `#/spot-checks?period=${encodeURIComponent(route.period)}`
        : '#/spot-checks';
    case 'risks':
      return `#/risks${riskFilterQuery(route.filters)}`;
    case 'risk':
      return `#/risks/${encodeURIComponent(route.code)}`;
    case 'deep-dives':
      return '#/deep-dives';
    case 'admin':
      return `#/admin/${route.section}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
    case 'not-found':
      return `#/${route.path}`;
  }
}

/**
 * A Teams deep link's subEntityId — `indicators/WR01`, `/dashboard?period=2026-09`,
 * `reports?period=2025%2F26%20Q2` (the quarter-complete card) or `#/my-work` —
 * as a route; null when empty or not a page of ours.
 */
export function routeFromSubPage(subPageId: string | null): Route | null {
  const path = subPageId?.trim().replace(/^#?\/?/, '');
  if (!path) return null;
  const route = parseRoute(`#/${path}`);
  return route.page === 'not-found' ? null : route;
}

/**
 * Fired by navigate as soon as the hash is set (use-route.ts listens): hashchange comes a task
 * later, and until then a control whose state follows the address (a filter's checkbox) would be
 * put back by React as it was, then flip again: the page follows within the same event instead.
 */
export const NAVIGATED = 'gt-navigated';

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
  window.dispatchEvent(new Event(NAVIGATED));
}
