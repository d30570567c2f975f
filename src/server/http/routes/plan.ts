import { z } from 'zod';
import { buildDashboard } from '../../../app/dashboard/index.js';
import { planTree } from '../../../app/plan/index.js';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import { route, type Route } from '../route.js';

const periodQuery = z.object({ period: z.string().max(40).optional() });

export const planRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/plan',
    summary: 'The golden thread for a period, with roll-up counts by rating at each level',
    tag: 'plan',
    query: periodQuery,
    handler: ({ query }, deps) => planTree(deps, query.period),
  }),
  route({
    method: 'get',
    path: '/api/organisation',
    summary: 'Directorates, services, portfolios, priorities and objectives (for filters)',
    tag: 'plan',
    handler: async (_req, deps) => {
      const cat = await loadCatalogue(deps.store);
      return {
        directorates: [...cat.directorates.values()],
        services: [...cat.services.values()],
        portfolios: [...cat.portfolios.values()],
        plans: cat.plans,
        priorities: cat.priorities,
        objectives: cat.objectives,
        servicePlans: cat.servicePlans,
        keyActions: cat.keyActions,
      };
    },
  }),
  route({
    method: 'get',
    path: '/api/dashboard',
    summary: 'The corporate health dashboard for a period (default: last month)',
    tag: 'dashboard',
    query: periodQuery,
    handler: ({ query }, deps) => buildDashboard(deps, query.period),
  }),
];
