import { z } from 'zod';
import {
  closeActionPlan,
  createActionPlan,
  listActionPlans,
} from '../../../app/action-plans/index.js';
import { route, type Route } from '../route.js';

const text = z.string().max(4000);
const newPlan = z.object({
  indicatorId: z.string().min(1).max(100),
  periodKey: z.string().min(1).max(40),
  reasons: text,
  actions: text,
  ownerId: z.string().min(1).max(100),
  dueDate: z.string().max(10),
  expectedRecovery: z.string().min(1).max(40),
});

export const actionPlanRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/action-plans',
    summary: 'Action plans, by indicator, status or owner',
    tag: 'action plans',
    query: z.object({
      indicatorId: z.string().max(100).optional(),
      status: z.enum(['open', 'closed']).optional(),
      ownerId: z.string().max(100).optional(),
    }),
    handler: ({ query }, deps) => listActionPlans(deps, query),
  }),
  route({
    method: 'post',
    path: '/api/action-plans',
    summary: 'Write an action plan for an off-target indicator',
    tag: 'action plans',
    body: newPlan,
    status: 201,
    handler: ({ person, body }, deps) => createActionPlan(deps, person.id, body, 'tab'),
  }),
  route({
    method: 'post',
    path: '/api/action-plans/:id/close',
    summary: 'Close an action plan',
    tag: 'action plans',
    body: z.object({ version: z.string().min(1).max(100) }),
    handler: ({ person, params, body }, deps) =>
      closeActionPlan(deps, person.id, params.id!, body.version, 'tab'),
  }),
];
