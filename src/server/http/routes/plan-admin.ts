// Setting up the corporate plan: plans, priorities and objectives (the performance team only),
// and the key-action check setting; service plans and key actions are in plan-admin-service-plans.
// Every write names the version it read (409 when stale) and is audited.
import { z } from 'zod';
import * as plans from '../../../app/plan-admin/index.js';
import type { Route } from '../route.js';
import { servicePlanAdminRoutes } from './plan-admin-service-plans.js';
import {
  objectiveInput,
  planInput,
  priorityInput,
  reorder,
  edits,
  retire,
  retires,
  setup,
  version,
} from './plan-admin-setup.js';

const corporateRoutes: Route[] = [
  setup({
    method: 'get',
    path: '/api/admin/plans',
    summary: 'Corporate plans, with versions',
    run: ({ person }, deps) => plans.adminPlans(deps, person),
  }),
  setup({
    method: 'post',
    path: '/api/admin/plans',
    summary: 'Create a corporate plan (current: true makes it the one current plan)',
    schema: planInput.extend({ current: z.boolean().default(false) }),
    status: 201,
    run: ({ person, body }, deps) => plans.createPlan(deps, person, body),
  }),
  setup({
    method: 'put',
    path: '/api/admin/plans/:id',
    summary: 'Edit a corporate plan (refused for an earlier plan)',
    schema: planInput.partial().extend({ version }),
    run: edits(plans.updatePlan),
  }),
  setup({
    method: 'post',
    path: '/api/admin/plans/:id/make-current',
    summary: 'Make a plan the current one; the previous current plan stops being current',
    schema: z.object({ version }),
    run: ({ person, params, body }, deps) =>
      plans.setPlanCurrent(deps, person, params.id!, body.version),
  }),
  setup({
    method: 'post',
    path: '/api/admin/plans/:id/reorder',
    summary: "Reorder a plan's priorities: every priority's id and version, in the new order",
    schema: reorder,
    run: ({ person, params, body }, deps) =>
      plans.reorderPriorities(deps, person, params.id!, body.items),
  }),
  setup({
    method: 'get',
    path: '/api/admin/priorities',
    summary: 'Priorities of every plan, with versions',
    run: ({ person }, deps) => plans.adminPriorities(deps, person),
  }),
  setup({
    method: 'post',
    path: '/api/admin/priorities',
    summary: 'Add a priority (theme) to a plan',
    schema: priorityInput,
    status: 201,
    run: ({ person, body }, deps) => plans.createPriority(deps, person, body),
  }),
  setup({
    method: 'put',
    path: '/api/admin/priorities/:id',
    summary: 'Edit a priority (send the version you read)',
    schema: priorityInput.partial().extend({ version }),
    run: edits(plans.updatePriority),
  }),
  setup({
    method: 'post',
    path: '/api/admin/priorities/:id/retire',
    summary: 'Retire a priority, or reinstate it (retired: false)',
    schema: retire,
    run: retires(plans.setPriorityRetired),
  }),
  setup({
    method: 'post',
    path: '/api/admin/priorities/:id/reorder',
    summary: "Reorder a priority's objectives: every objective's id and version, in the new order",
    schema: reorder,
    run: ({ person, params, body }, deps) =>
      plans.reorderObjectives(deps, person, params.id!, body.items),
  }),
  setup({
    method: 'get',
    path: '/api/admin/objectives',
    summary: 'Objectives of every priority, with versions',
    run: ({ person }, deps) => plans.adminObjectives(deps, person),
  }),
  setup({
    method: 'post',
    path: '/api/admin/objectives',
    summary: 'Add an objective (outcome) to a priority',
    schema: objectiveInput,
    status: 201,
    run: ({ person, body }, deps) => plans.createObjective(deps, person, body),
  }),
  setup({
    method: 'put',
    path: '/api/admin/objectives/:id',
    summary: 'Edit an objective (send the version you read)',
    schema: objectiveInput.partial().extend({ version }),
    run: edits(plans.updateObjective),
  }),
  setup({
    method: 'post',
    path: '/api/admin/objectives/:id/retire',
    summary: 'Retire an objective (its links stay; no new ones), or reinstate it',
    schema: retire,
    run: retires(plans.setObjectiveRetired),
  }),
  setup({
    method: 'get',
    path: '/api/admin/key-action-check',
    summary: 'Whether service heads check key-action updates before they count',
    run: ({ person }, deps) => plans.keyActionUpdateCheck(deps, person),
  }),
  setup({
    method: 'put',
    path: '/api/admin/key-action-check',
    summary:
      'Turn the service head check of key-action updates on or off (version null: never set)',
    schema: z.object({ keyActionUpdatesNeedCheck: z.boolean(), version: version.nullable() }),
    run: ({ person, body }, deps) =>
      plans.setKeyActionUpdateCheck(deps, person, body.keyActionUpdatesNeedCheck, body.version),
  }),
];

export const planAdminRoutes: Route[] = [...corporateRoutes, ...servicePlanAdminRoutes];
