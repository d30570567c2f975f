import { z } from 'zod';
import { indicatorAudit, indicatorDetail, listIndicators } from '../../../app/indicators/index.js';
import { procedureHistory } from '../../../app/indicators/procedure-versions.js';
import { route, type Route } from '../route.js';

const filter = z.object({
  directorate: z.string().max(100).optional(),
  service: z.string().max(100).optional(),
  portfolio: z.string().max(100).optional(),
  priority: z.string().max(100).optional(),
  objective: z.string().max(100).optional(),
  scope: z.enum(['corporate', 'local']).optional(),
  q: z.string().max(200).optional(),
});

const auditQuery = z.object({ top: z.coerce.number().int().min(1).max(200).default(30) });

export const indicatorRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/indicators',
    summary: 'Indicators, filtered by directorate, service, portfolio, priority, scope or text',
    tag: 'indicators',
    query: filter,
    handler: ({ query }, deps) => listIndicators(deps, query),
  }),
  route({
    method: 'get',
    path: '/api/indicators/:code',
    summary: 'One indicator with its history, targets, benchmarks and action plans',
    tag: 'indicators',
    handler: ({ person, params }, deps) => indicatorDetail(deps, params.code!, person.id),
  }),
  route({
    method: 'get',
    path: '/api/indicators/:code/audit',
    summary:
      'The latest changes to an indicator, its targets and its returns, newest first ' +
      '(its officers and their delegates, the Leadership Team and the performance team)',
    tag: 'indicators',
    query: auditQuery,
    handler: ({ person, params, query }, deps) =>
      indicatorAudit(deps, person.id, params.code!, query.top),
  }),
  route({
    method: 'get',
    path: '/api/indicators/:code/procedures',
    summary: "Every version of an indicator's written procedure, oldest first, with who changed it",
    tag: 'indicators',
    handler: ({ params }, deps) => procedureHistory(deps, params.code!),
  }),
];
