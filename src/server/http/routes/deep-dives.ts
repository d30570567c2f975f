// Deep-dive reviews (issue 16): the list (by status, indicator or lead officer), one review, opening
// one (the performance team), changing it (answers, findings, recommendations, the action plan;
// the performance team also scope, lead, due date, committee) with the version read, and closing
// it with findings and an outcome. Bodies are read loosely here and checked field by field in the
// use cases, after the person's role, so a stranger is told 403 before anything about input.
import { z } from 'zod';
import {
  closeDeepDive,
  getDeepDive,
  indicatorDeepDives,
  listDeepDives,
  openDeepDive,
  updateDeepDive,
} from '../../../app/deep-dives/index.js';
import { route, type Route } from '../route.js';

const anything = z.unknown().optional();

export const deepDiveRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/deep-dives',
    summary:
      'Deep-dive reviews, open ones first (soonest due), then closed: status (open, closed), indicator (code) and lead (person id) narrow the list',
    tag: 'deep-dive reviews',
    query: z.object({
      status: z.enum(['open', 'closed']).optional(),
      indicator: z.string().max(100).optional(),
      lead: z.string().max(100).optional(),
    }),
    handler: ({ person, query }, deps) =>
      listDeepDives(deps, person.id, {
        status: query.status,
        indicator: query.indicator,
        leadOfficerId: query.lead,
      }),
  }),
  route({
    method: 'get',
    path: '/api/indicators/:code/deep-dives',
    summary:
      "An indicator's deep-dive reviews for its page: whether it is flagged for persistent under-performance now, its reviews, whether the viewer may start one, and who may lead one",
    tag: 'deep-dive reviews',
    handler: ({ person, params }, deps) => indicatorDeepDives(deps, person.id, params.code!),
  }),
  route({
    method: 'get',
    path: '/api/deep-dives/:id',
    summary:
      'One deep-dive review: its scope, lead, due date, questions and answers, findings, outcome',
    tag: 'deep-dive reviews',
    handler: ({ person, params }, deps) => getDeepDive(deps, person.id, params.id!),
  }),
  route({
    method: 'post',
    path: '/api/deep-dives',
    summary:
      'Start a deep-dive review of an indicator (the performance team): indicator (code), trigger (persistent-under-performance, performance-team, committee), requestedBy (the committee), scope, leadOfficerId, dueDate',
    tag: 'deep-dive reviews',
    status: 201,
    body: z.object({
      indicator: anything,
      trigger: anything,
      requestedBy: anything,
      scope: anything,
      leadOfficerId: anything,
      dueDate: anything,
    }),
    handler: ({ person, body }, deps) => openDeepDive(deps, person.id, body, 'tab'),
  }),
  route({
    method: 'patch',
    path: '/api/deep-dives/:id',
    summary:
      'Change an open review, naming the version read: answers (by question), findings, recommendations, actionPlanId (its lead or the performance team); scope, leadOfficerId, dueDate, requestedBy (the performance team)',
    tag: 'deep-dive reviews',
    body: z.object({
      version: anything,
      answers: anything,
      findings: anything,
      recommendations: anything,
      actionPlanId: anything,
      scope: anything,
      leadOfficerId: anything,
      dueDate: anything,
      requestedBy: anything,
    }),
    handler: ({ person, params, body }, deps) =>
      updateDeepDive(deps, person.id, params.id!, body, 'tab'),
  }),
  route({
    method: 'post',
    path: '/api/deep-dives/:id/close',
    summary:
      'Close a review with its outcome (its lead or the performance team): findings are required, here or already written',
    tag: 'deep-dive reviews',
    body: z.object({
      version: anything,
      outcome: anything,
      findings: anything,
      recommendations: anything,
    }),
    handler: ({ person, params, body }, deps) =>
      closeDeepDive(deps, person.id, params.id!, body, 'tab'),
  }),
];
