// Service plans, one per service per financial year: the performance team sets them up for any
// service; a service head for their own service. Retiring keeps the plan, its key actions and their
// history; nothing is deleted.
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { Person, ServicePlan } from '../../domain/model/types.js';
import { servicePlanWithDefaults } from '../../domain/model/plan-defaults.js';
import { adminContext } from '../admin/require-admin.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { servicePlanProblems, type ServicePlanInput } from './plan-problems.js';
import {
  isAdmin,
  mayEditServicePlan,
  mayUseServicePlanSetup,
  requireServicePlanEditor,
} from './service-plan-access.js';
import {
  assertNoProblems,
  changeItem,
  defined,
  retireChange,
  versioned,
  type Versioned,
} from './shared.js';

export type ServicePlanFields = Omit<ServicePlan, 'id'>;

const NO_RIGHT = 'Only the performance team or a service head may set up service plans';

/** The service plans the person may change: every one for an admin, their own for a head. */
export async function adminServicePlans(
  deps: AppDeps,
  actor: Person,
): Promise<Versioned<ServicePlanFields>[]> {
  const cat = await loadCatalogue(deps.store);
  if (!mayUseServicePlanSetup(actor, cat.servicePlans, cat.services))
    throw new ForbiddenError(NO_RIGHT);
  const items = await deps.store.query('servicePlans', {}, { orderBy: 'code' });
  return items
    .map((i) => ({ ...i, fields: servicePlanWithDefaults({ ...i.fields, id: i.id }) }))
    .filter((i) => mayEditServicePlan(actor, i.fields, cat.services))
    .map((i) => versioned({ ...i, fields: withoutId(i.fields) }));
}

function withoutId<T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> {
  return rest;
}

export async function createServicePlan(
  deps: AppDeps,
  actor: Person,
  input: ServicePlanInput,
): Promise<Versioned<ServicePlanFields>> {
  const cat = await loadCatalogue(deps.store);
  // A head may start a plan for their own service; the service is the one thing read first.
  if (!isAdmin(actor) && cat.services.get(input.serviceId)?.headId !== actor.id)
    throw new ForbiddenError(NO_RIGHT);
  assertNoProblems(servicePlanProblems(cat, input, null));
  const item = await deps.store.create(
    'servicePlans',
    { ...input, retired: false, copiedFromId: null },
    adminContext(actor, 'service-plan.created'),
  );
  return versioned(item);
}

export async function updateServicePlan(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  patch: Partial<ServicePlanInput>,
): Promise<Versioned<ServicePlanFields>> {
  const updated = await changeItem(deps, actor, 'servicePlans', {
    id,
    version,
    patch: defined(patch),
    event: 'service-plan.updated',
    allow: (item, cat) => {
      requireServicePlanEditor(actor, item.fields, cat.services);
      // Handing the plan to another service needs the right over that one too.
      const next = { ...item.fields, ...defined(patch) };
      if (next.serviceId !== item.fields.serviceId)
        requireServicePlanEditor(actor, { ...next, ownerId: '' }, cat.services);
    },
    problems: (item, cat) => servicePlanProblems(cat, { ...item.fields, ...defined(patch) }, id),
  });
  return versioned(updated);
}

export async function setServicePlanRetired(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  retired: boolean,
): Promise<Versioned<ServicePlanFields>> {
  const updated = await changeItem(deps, actor, 'servicePlans', {
    id,
    version,
    ...retireChange('service-plan', retired),
    allow: (item, cat) => requireServicePlanEditor(actor, item.fields, cat.services),
  });
  return versioned(updated);
}
