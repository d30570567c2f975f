// Work started before React's first render, so nothing waits in line (the stage dashboard had a
// waterfall: script → Teams SDK chunk → initialise → auth config → /me → dashboard). Now the SDK
// chunk, the auth config and the first page's data are all requested at once; the data request
// waits only for sign-in to say how to authenticate (shared/api/early.ts).
import { prefetch, queryString } from '../shared/api/index.js';
import { getAuthConfig } from '../features/sign-in/api/index.js';
import { looksLikeTeams, preloadTeamsSdk } from '../teams/index.js';
import { parseRoute } from './router.js';

function firstPagePath(): string | null {
  const route = parseRoute(window.location.hash);
  const inMeeting = new URLSearchParams(window.location.search).get('context') === 'meeting';
  switch (route.page) {
    case 'dashboard':
      return `/api/dashboard${queryString({ period: route.period })}`;
    case 'indicator':
      return `/api/indicators/${encodeURIComponent(route.code)}`;
    case 'reports':
      return '/api/reports';
    case 'my-work':
      // The meeting tab opens on the dashboard (the stage and side panel show it).
      return inMeeting ? '/api/dashboard' : '/api/returns/mine';
    default:
      return null;
  }
}

export function startEarly(): void {
  if (looksLikeTeams()) void preloadTeamsSdk().catch(() => {});
  void getAuthConfig().catch(() => {});
  const path = firstPagePath();
  if (path) prefetch(path);
}
