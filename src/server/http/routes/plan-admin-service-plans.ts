// Service plans and their key actions, for the performance team and for each plan's owner or
// service head (who sees and changes only their own), and the annual refresh: preview which
// unfinished key actions would be carried into next year, then confirm naming the version previewed.
import { z } from 'zod';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import * as plans from '../../../app/plan-admin/index.js';
import type { Route } from '../route.js';
import {
  anyServicePlanEditor,
  editorOf,
  edits,
  keyActionFields,
  keyActionPatch,
  retire,
  retires,
  servicePlanInput,
  setup,
  version,
} from './plan-admin-setup.js';

const label = <T extends { id: string }>(rows: Iterable<T>, name: (t: T) => string) =>
  [...rows]
    .map((t) => ({ id: t.id, label: name(t) }))
    .sort((a, b) => a.label.localeCompare(b.label));

export const servicePlanAdminRoutes: Route[] = [
  setup({
    method: 'get',
    path: '/api/admin/plan-options',
    summary: 'Services, people and objectives (with their plan) for the service plan forms',
    allow: anyServicePlanEditor,
    run: async (_a, deps) => {
      const cat = await loadCatalogue(deps.store);
      const planOf = new Map(cat.priorities.map((p) => [p.id, p.planId]));
      return {
        services: label(cat.services.values(), (s) => s.name),
        people: label(cat.people.values(), (p) => p.name),
        objectives: cat.objectives.map((o) => ({
          id: o.id,
          label: `${o.code} ${o.title}`,
          planId: planOf.get(o.priorityId) ?? null,
          retired: o.retired,
        })),
        currentPlanId: cat.plans.find((p) => p.current)?.id ?? null,
      };
    },
  }),
  setup({
    method: 'get',
    path: '/api/admin/service-plans',
    summary: 'Service plans the person may change (all for the performance team, own for a head)',
    allow: anyServicePlanEditor,
    run: ({ person }, deps) => plans.adminServicePlans(deps, person),
  }),
  setup({
    method: 'post',
    path: '/api/admin/service-plans',
    summary: 'Create a service plan for a service and financial year',
    allow: anyServicePlanEditor,
    schema: servicePlanInput,
    status: 201,
    run: ({ person, body }, deps) => plans.createServicePlan(deps, person, body),
  }),
  setup({
    method: 'put',
    path: '/api/admin/service-plans/:id',
    summary: 'Edit a service plan (send the version you read)',
    allow: editorOf('servicePlan'),
    schema: servicePlanInput.partial().extend({ version }),
    run: edits(plans.updateServicePlan),
  }),
  setup({
    method: 'post',
    path: '/api/admin/service-plans/:id/retire',
    summary: 'Retire a service plan (its key actions and history stay), or reinstate it',
    allow: editorOf('servicePlan'),
    schema: retire,
    run: retires(plans.setServicePlanRetired),
  }),
  setup({
    method: 'get',
    path: '/api/admin/service-plans/:id/key-actions',
    summary: "A service plan's key actions, retired included, with versions",
    allow: editorOf('servicePlan'),
    run: ({ person, params }, deps) => plans.servicePlanKeyActions(deps, person, params.id!),
  }),
  setup({
    method: 'post',
    path: '/api/admin/service-plans/:id/key-actions',
    summary: 'Add a key action to a service plan (starts not started, 0%)',
    allow: editorOf('servicePlan'),
    schema: keyActionFields,
    status: 201,
    run: ({ person, params, body }, deps) =>
      plans.createKeyAction(deps, person, { ...body, servicePlanId: params.id! }),
  }),
  setup({
    method: 'get',
    path: '/api/admin/service-plans/:id/next-year',
    summary: "Preview next year's service plan: the unfinished key actions it would carry",
    allow: editorOf('servicePlan'),
    run: ({ person, params }, deps) => plans.previewNextServicePlan(deps, person, params.id!),
  }),
  setup({
    method: 'post',
    path: '/api/admin/service-plans/:id/next-year',
    summary: "Start next year's service plan (send the version previewed; 409 if it exists)",
    allow: editorOf('servicePlan'),
    schema: z.object({ version }),
    status: 201,
    run: ({ person, params, body }, deps) =>
      plans.startNextServicePlan(deps, person, params.id!, body.version),
  }),
  setup({
    method: 'put',
    path: '/api/admin/key-actions/:id',
    summary: 'Edit a key action (send the version you read)',
    allow: editorOf('keyAction'),
    schema: keyActionPatch,
    run: edits(plans.updateKeyAction),
  }),
  setup({
    method: 'post',
    path: '/api/admin/key-actions/:id/retire',
    summary: 'Retire a key action (its updates stay), or reinstate it',
    allow: editorOf('keyAction'),
    schema: retire,
    run: retires(plans.setKeyActionRetired),
  }),
];
