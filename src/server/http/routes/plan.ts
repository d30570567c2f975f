import { z } from 'zod';
import { buildDashboard } from '../../../app/dashboard/index.js';
import { keyActionDetail, planTree } from '../../../app/plan/index.js';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import { cachedView } from '../../../app/views/index.js';
import { assertMayIncludeProvisional, type BasisChoice } from '../../../app/status/index.js';
import type { Person } from '../../../domain/model/types.js';
import { route, type Route } from '../route.js';

// `provisional=include` counts figures not yet authorised too (Leadership Team and admin only).
const periodQuery = z.object({
  period: z.string().max(40).optional(),
  provisional: z.enum(['include', 'exclude']).optional(),
});
const planQuery = periodQuery.extend({ plan: z.string().min(1).max(40).optional() });

/** The basis asked for, checked against the person's role before anything is read. */
function basisChoice(person: Person, provisional: 'include' | 'exclude' | undefined): BasisChoice {
  if (provisional !== 'include') return {};
  assertMayIncludeProvisional(person);
  return { includeProvisional: true };
}

export const planRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/plan',
    summary:
      'The golden thread for a period, with roll-up counts by rating at each level; ' +
      '`plan` names an earlier plan by its code (default: the plan covering the period)',
    tag: 'plan',
    query: planQuery,
    handler: ({ person, query }, deps) => {
      const basis = basisChoice(person, query.provisional);
      return cachedView(deps, 'plan', [query.period, query.plan, basis], (d) =>
        planTree(d, query.period, query.plan, basis),
      );
    },
  }),
  route({
    method: 'get',
    path: '/api/plan/key-actions/:id',
    summary: 'One key action for the strategy map: progress, dates, milestones and owner',
    tag: 'plan',
    handler: ({ params }, deps) => keyActionDetail(deps, params.id!),
  }),
  route({
    method: 'get',
    path: '/api/organisation',
    summary: 'Directorates, services, portfolios, priorities and objectives (for filters)',
    tag: 'plan',
    handler: (_req, deps) =>
      cachedView(deps, 'organisation', [], async (d) => {
        const cat = await loadCatalogue(d.store);
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
      }),
  }),
  route({
    method: 'get',
    path: '/api/dashboard',
    summary:
      'The corporate health dashboard for a period (default: last month), counting authorised ' +
      'figures only unless `provisional=include` (Leadership Team and admin)',
    tag: 'dashboard',
    query: periodQuery,
    handler: ({ person, query }, deps) => {
      const basis = basisChoice(person, query.provisional);
      return cachedView(deps, 'dashboard', [query.period, basis], (d) =>
        buildDashboard(d, query.period, basis),
      );
    },
  }),
];
