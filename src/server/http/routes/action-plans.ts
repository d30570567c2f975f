import { z } from 'zod';
import {
  MAX_CORRECTIVE_ACTIONS,
  closeActionPlan,
  createActionPlan,
  decideActionPlan,
  getActionPlan,
  listActionPlans,
  updateActionPlan,
} from '../../../app/action-plans/index.js';
import { route, type Route } from '../route.js';
import { commentary } from '../../../api/fields.js';
import { correctiveActionBody, newActionPlanBody } from '../../../api/action-plans.js';

const text = commentary;
const version = z.string().min(1).max(100);
const newAction = correctiveActionBody;
const newPlan = newActionPlanBody;

export const actionPlanRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/action-plans',
    summary: 'Action plans, by indicator, status, owner or those awaiting my approval',
    tag: 'action plans',
    query: z.object({
      indicatorId: z.string().max(100).optional(),
      status: z.enum(['open', 'closed']).optional(),
      ownerId: z.string().max(100).optional(),
      awaiting: z.literal('me').optional(),
    }),
    handler: ({ person, query }, deps) => {
      const { awaiting, ...filter } = query;
      return listActionPlans(deps, person.id, { ...filter, awaitingMe: awaiting === 'me' });
    },
  }),
  route({
    method: 'get',
    path: '/api/action-plans/:id',
    summary: 'One action plan, with its actions, progress and approval',
    tag: 'action plans',
    handler: ({ person, params }, deps) => getActionPlan(deps, person.id, params.id!),
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
    path: '/api/action-plans/:id/progress',
    summary: 'Add progress to an open plan: a note, corrective actions done or added',
    tag: 'action plans',
    body: z.object({
      version,
      progress: text.optional(),
      done: z
        .array(z.object({ index: z.number().int().min(0).max(100), done: z.boolean() }))
        .max(MAX_CORRECTIVE_ACTIONS)
        .optional(),
      add: z.array(newAction).max(MAX_CORRECTIVE_ACTIONS).optional(),
    }),
    handler: ({ person, params, body }, deps) =>
      updateActionPlan(deps, person.id, params.id!, body, 'tab'),
  }),
  route({
    method: 'post',
    path: '/api/action-plans/:id/approval',
    summary: 'Approve or reject a plan awaiting approval (Authorising Officer or panel)',
    tag: 'action plans',
    body: z.object({
      version,
      decision: z.enum(['approve', 'reject']),
      note: text.nullable().optional(),
    }),
    handler: ({ person, params, body }, deps) =>
      decideActionPlan(deps, person.id, params.id!, body, 'tab'),
  }),
  route({
    method: 'post',
    path: '/api/action-plans/:id/close',
    summary: 'Close an action plan, saying what came of it',
    tag: 'action plans',
    body: z.object({ version, outcome: text }),
    handler: ({ person, params, body }, deps) =>
      closeActionPlan(deps, person.id, params.id!, body, 'tab'),
  }),
];
