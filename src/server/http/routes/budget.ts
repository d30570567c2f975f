// Budget monitoring (issue 17): a quarter's budget position per directorate, with its services and
// their lines. The parameters are read loosely here and checked in the use case, after the person,
// so a stranger is told 403 before anything about input, and each mistake names its parameter.
import { z } from 'zod';
import { budgetPosition } from '../../../app/budget/index.js';
import { route, type Route } from '../route.js';

export const budgetRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/budget',
    summary:
      "A quarter's budget position and forecast outturn per directorate (year=2025/26&quarter=2; without them the latest quarter ended by asAt=YYYY-MM-DD or today)",
    tag: 'budget',
    query: z.object({
      year: z.string().max(40).optional(),
      quarter: z.string().max(40).optional(),
      asAt: z.string().max(40).optional(),
    }),
    handler: ({ person, query }, deps) => budgetPosition(deps, person.id, query),
  }),
];
