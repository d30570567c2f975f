// The strategic dashboard (issue 17): as at a date, and the editions of its cadence so far. The
// date is read loosely here and checked in the use case after the person, so anyone but the
// Leadership Team and the performance team is told 403 before anything about the date.
import { z } from 'zod';
import { strategicDashboard, strategicEditions } from '../../../app/strategic-dashboard/index.js';
import { route, type Route } from '../route.js';

export const strategicDashboardRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/strategic-dashboard',
    summary:
      'The strategic dashboard as at a date (asAt=YYYY-MM-DD, default today): the latest authorised figures then, key development areas, risks above tolerance and budget variance (Leadership Team and admin)',
    tag: 'dashboard',
    query: z.object({ asAt: z.string().optional() }),
    handler: ({ person, query }, deps) => strategicDashboard(deps, person.id, query),
  }),
  route({
    method: 'get',
    path: '/api/strategic-dashboard/editions',
    summary:
      "The strategic dashboard's editions so far, newest first, and its cadence (Leadership Team and admin)",
    tag: 'dashboard',
    query: z.object({}),
    handler: ({ person }, deps) => strategicEditions(deps, person.id),
  }),
];
