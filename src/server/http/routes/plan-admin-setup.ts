// What the plan set-up routes share: the zod schemas at the boundary (400 naming the field), and
// `setup`, which checks the person's right before the body is read, so anyone without it gets 403
// whatever they send.
import { z } from 'zod';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import type { AppDeps } from '../../../app/deps.js';
import * as plans from '../../../app/plan-admin/index.js';
import { ForbiddenError, NotFoundError } from '../../../domain/errors/errors.js';
import type { Person } from '../../../domain/model/types.js';
import type { Route } from '../route.js';
import { admin } from './admin.js';

export const id = z.string().min(1).max(100);
export const version = z.string().min(1).max(100);
export const text = (max: number) => z.string().trim().max(max);
export const code = z.string().trim().min(1).max(40);
export const year = z.string().trim().max(7);
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
export const retire = z.object({ version, retired: z.boolean().default(true) });
export const reorder = z.object({ items: z.array(z.object({ id, version })).min(1).max(500) });

export const planInput = z.object({
  code,
  title: text(300),
  firstYear: year,
  lastYear: year,
  vision: text(4000).default(''),
});
export const priorityInput = z.object({
  planId: id,
  code,
  title: text(300),
  description: text(4000).default(''),
});
export const objectiveInput = z.object({ priorityId: id, code, title: text(300) });
export const servicePlanInput = z.object({
  code,
  serviceId: id,
  year,
  title: text(300),
  ownerId: id,
});
export const keyActionFields = z.object({
  code,
  title: text(300),
  description: text(4000).default(''),
  objectiveIds: z.array(id).max(50).default([]),
  businessAsUsual: z.boolean().default(false),
  corporateProject: z.boolean().default(false),
  ownerId: id,
  startDate: date.nullable().default(null),
  dueDate: date,
  milestones: z
    .array(z.object({ title: text(300), dueDate: date, done: z.boolean().default(false) }))
    .max(50)
    .default([]),
  updateFrequency: z.enum(['monthly', 'quarterly', 'half-yearly', 'annual']).default('quarterly'),
});
// Edits name only what changes: no defaults, so an absent field is left as it was.
export const keyActionPatch = keyActionFields
  .extend({
    description: text(4000),
    objectiveIds: z.array(id).max(50),
    businessAsUsual: z.boolean(),
    corporateProject: z.boolean(),
    startDate: date.nullable(),
    milestones: z.array(z.object({ title: text(300), dueDate: date, done: z.boolean() })).max(50),
    updateFrequency: z.enum(['monthly', 'quarterly', 'half-yearly', 'annual']),
    servicePlanId: id,
  })
  .partial()
  .extend({ version });

/**
 * A set-up route: `allow` checks the person's right first (admin unless given), then the body is
 * validated with `schema`; the admin routes' own wrapper, under the OpenAPI tag 'plan set-up'.
 */
export function setup<B>(r: Omit<Parameters<typeof admin<B>>[0], 'tag'>): Route {
  return admin({ ...r, tag: 'plan set-up' });
}

type Run<B> = Parameters<typeof admin<B>>[0]['run'];
type Write<A extends unknown[]> = (
  deps: AppDeps,
  person: Person,
  id: string,
  version: string,
  ...rest: A
) => Promise<unknown>;

/** An edit of the item `:id`: the body is the version the person read and what changes. */
export function edits<P>(update: Write<[patch: P]>): Run<P & { version: string }> {
  return ({ person, params, body: { version: v, ...patch } }, deps) =>
    update(deps, person, params.id!, v, patch as P);
}

/** Retiring the item `:id` (or reinstating it, `retired: false`), naming the version read. */
export function retires(
  setRetired: Write<[retired: boolean]>,
): Run<{ version: string; retired: boolean }> {
  return ({ person, params, body }, deps) =>
    setRetired(deps, person, params.id!, body.version, body.retired);
}

/** The performance team, a service head, or whoever may edit at least one service plan. */
export async function anyServicePlanEditor(person: Person, _p: unknown, deps: AppDeps) {
  const cat = await loadCatalogue(deps.store);
  if (!plans.mayUseServicePlanSetup(person, cat.servicePlans, cat.services))
    throw new ForbiddenError(
      'Only the performance team or a service head may set up service plans',
    );
}

/** The editor of the service plan named by `:id`, or of the plan holding the key action `:id`. */
export function editorOf(kind: 'servicePlan' | 'keyAction') {
  return async (person: Person, params: Record<string, string>, deps: AppDeps) => {
    const cat = await loadCatalogue(deps.store);
    const planId =
      kind === 'servicePlan'
        ? params.id
        : cat.keyActions.find((a) => a.id === params.id)?.servicePlanId;
    const plan = cat.servicePlans.find((sp) => sp.id === planId);
    if (!plan)
      throw new NotFoundError(
        `No ${kind === 'servicePlan' ? 'service plan' : 'key action'} with id ${params.id}`,
      );
    if (!plans.mayEditServicePlan(person, plan, cat.services))
      throw new ForbiddenError(
        `Only the performance team or the owner of “${plan.title}” may change it`,
      );
  };
}
