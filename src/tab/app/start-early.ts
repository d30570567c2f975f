// Work started before React's first render, so nothing waits in line (the stage dashboard had a
// waterfall: script → Teams SDK chunk → initialise → auth config → /me → dashboard). Now the SDK
// chunk, the auth config and the first page's data are all requested at once; the data request
// waits only for sign-in to say how to authenticate (shared/api/early.ts). In local mode that is
// at once (the dev sign-in cookie needs nothing from Teams): the server names its mode in a
// <meta> of index.html (server/http/tab-files.ts), read here before React is evaluated, so the
// requests go before the rest of the script runs. Served without the <meta> (vite's dev server),
// the auth config's answer says it instead. In a tenant they wait for the host's token source,
// which sign-in sets once Teams is ready.
import { authSettled, prefetch, queryString } from '../shared/api/index.js';
// Modules without React only (not the features' or teams' barrels): this runs first, before
// React and Fluent UI are evaluated (src/tab/start.ts).
import { getAuthConfig } from '../features/sign-in/api/get-auth-config.js';
import { looksLikeTeams } from '../teams/detect-teams.js';
import { preloadTeamsSdk } from '../teams/teams-sdk-host.js';
import { parseRoute } from './router.js';

function firstPagePaths(): string[] {
  const route = parseRoute(window.location.hash);
  const inMeeting = new URLSearchParams(window.location.search).get('context') === 'meeting';
  switch (route.page) {
    case 'dashboard':
      return [`/api/dashboard${queryString({ period: route.period })}`];
    case 'indicator':
      // The breakdowns (and their ward map's boundaries) too: their section would otherwise ask
      // only once the indicator had arrived.
      return [
        `/api/indicators/${encodeURIComponent(route.code)}`,
        `/api/indicators/${encodeURIComponent(route.code)}/breakdowns`,
      ];
    case 'reports':
      return ['/api/reports'];
    case 'my-work':
      // The meeting tab opens on the dashboard (the stage and side panel show it).
      return [inMeeting ? '/api/dashboard' : '/api/returns/mine'];
    default:
      return [];
  }
}

/** The mode the server wrote into index.html, if it did. */
function servedMode(): string | null {
  return document.querySelector('meta[name="gt-auth-mode"]')?.getAttribute('content') ?? null;
}

export function startEarly(): void {
  if (looksLikeTeams()) void preloadTeamsSdk().catch(() => {});
  if (servedMode() === 'local') authSettled();
  void getAuthConfig()
    .then((config) => {
      if (config.mode === 'local') authSettled();
    })
    .catch(() => {});
  // Every page asks who is signed in and the server's today (pickers date from it) first.
  prefetch('/api/me');
  prefetch('/api/today');
  for (const path of firstPagePaths()) prefetch(path);
}
