// The risk register (issue 17): the register with its filters, one risk with its mitigations,
// review history and trend, and recording a review (the owner or the performance team). Bodies
// and filters are read loosely here and checked field by field in the use cases, after the
// person's role, so a stranger is told 403 before anything about input.
import { z } from 'zod';
import { getRisk, listRisks, recordRiskReview } from '../../../app/risks/index.js';
import { route, type Route } from '../route.js';

const anything = z.unknown().optional();
const flag = z.string().max(10).optional();
const code = z.string().max(100).optional();

export const riskRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/risks',
    summary:
      'The risk register, highest residual score first: each risk with the codes of the objectives it threatens, its scores, band, aboveTolerance and reviewOverdue; objective, priority, keyAction and indicator (codes) keep the risks that threaten that part of the golden thread',
    tag: 'risks',
    query: z.object({
      status: z.string().max(20).optional(),
      category: z.string().max(255).optional(),
      owner: z.string().max(255).optional(),
      aboveTolerance: flag,
      reviewOverdue: flag,
      objective: code,
      priority: code,
      keyAction: code,
      indicator: code,
    }),
    handler: ({ person, query }, deps) => listRisks(deps, person.id, query),
  }),
  route({
    method: 'get',
    path: '/api/risks/:code',
    summary: 'One risk with its mitigating actions, review history and the trend of its score',
    tag: 'risks',
    handler: ({ person, params }, deps) => getRisk(deps, person.id, params.code!),
  }),
  route({
    method: 'post',
    path: '/api/risks/:code/reviews',
    summary:
      'Record a review of a risk (its owner or the performance team): residual likelihood and impact 1–5, commentary, next review date',
    tag: 'risks',
    status: 201,
    body: z.object({
      version: anything,
      residualLikelihood: anything,
      residualImpact: anything,
      commentary: anything,
      nextReviewDate: anything,
      status: anything,
    }),
    handler: ({ person, params, body }, deps) =>
      recordRiskReview(deps, person.id, params.code!, body, 'tab'),
  }),
];
