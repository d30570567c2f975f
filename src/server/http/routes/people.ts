import { z } from 'zod';
import { ForbiddenError } from '../../../domain/errors/errors.js';
import {
  parsePeriod,
  periodsOfYear,
  financialYearOf,
  londonDate,
} from '../../../domain/periods/index.js';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import { mayUseServicePlanSetup } from '../../../app/plan-admin/index.js';
import { route, type Route } from '../route.js';

export const peopleRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/me',
    summary: 'Who I am signed in as, and whether they may open the Service plans set-up',
    tag: 'people',
    // The tab shows the set-up link to service heads and service-plan owners as well as admins.
    handler: async ({ person }, deps) => {
      const cat = await loadCatalogue(deps.store);
      return {
        ...person,
        mayPlanServices: mayUseServicePlanSetup(person, cat.servicePlans, cat.services),
      };
    },
  }),
  route({
    method: 'get',
    path: '/api/people',
    summary: 'People and their roles',
    tag: 'people',
    handler: async (_req, deps) =>
      (await deps.store.query('people')).map((p) => ({
        id: p.id,
        name: p.fields.name,
        jobTitle: p.fields.jobTitle,
        roles: p.fields.roles,
        delegateId: p.fields.delegateId,
      })),
  }),
  route({
    method: 'get',
    path: '/api/today',
    // The tab dates its pickers from this rather than the browser's clock, so its pages agree with
    // the figures the server rates, whatever the device's clock says (and tests set one clock).
    summary: "The server's today in London and its financial year",
    tag: 'periods',
    handler: async (_req, deps) => {
      const today = londonDate(deps.clock.now());
      return { today, financialYear: financialYearOf(today) };
    },
  }),
  route({
    method: 'get',
    path: '/api/periods',
    summary: 'The periods of a financial year, for pickers',
    tag: 'periods',
    query: z.object({
      year: z.string().max(7).optional(),
      kind: z.enum(['month', 'quarter', 'half', 'year']).default('month'),
    }),
    handler: async ({ query }, deps) => {
      const year = query.year ?? financialYearOf(londonDate(deps.clock.now()));
      parsePeriod(year, 'year');
      return periodsOfYear(year, query.kind);
    },
  }),
  route({
    method: 'get',
    path: '/api/audit',
    summary: 'The audit trail (performance team)',
    tag: 'audit',
    query: z.object({
      list: z.string().max(40).optional(),
      itemId: z.string().max(100).optional(),
      top: z.coerce.number().int().min(1).max(1000).default(200),
    }),
    handler: async ({ person, query }, deps) => {
      if (!person.roles.includes('admin'))
        throw new ForbiddenError('Only the performance team may read the whole audit trail');
      return deps.store.audit({ ...(query as object), top: query.top } as Parameters<
        typeof deps.store.audit
      >[0]);
    },
  }),
];
