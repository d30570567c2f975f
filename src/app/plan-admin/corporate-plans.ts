// Corporate plans over time: the performance team creates and edits them and says which one is
// current. Exactly one plan is current once any exists, so making a plan current makes the
// previous one not current in the same all-or-nothing write. Plans are never deleted; an earlier
// plan stays readable with its history but is no longer changed (earlierPlanProblems).
import type { CorporatePlan, Person } from '../../domain/model/types.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { adminContext, requireAdmin } from '../admin/require-admin.js';
import { earlierPlanProblems, planProblems, type PlanInput } from './plan-problems.js';
import {
  assertNoProblems,
  assertVersion,
  changeItem,
  defined,
  readItem,
  versioned,
  type Versioned,
} from './shared.js';

export type PlanFields = Omit<CorporatePlan, 'id'>;

export async function adminPlans(deps: AppDeps, actor: Person): Promise<Versioned<PlanFields>[]> {
  requireAdmin(actor);
  const items = await deps.store.query('plans', {}, { orderBy: 'firstYear' });
  return items.map(versioned);
}

/** The first plan a council enters is current whatever it asks; later ones only when asked. */
export async function createPlan(
  deps: AppDeps,
  actor: Person,
  input: PlanInput & { current?: boolean },
): Promise<Versioned<PlanFields>> {
  requireAdmin(actor);
  const cat = await loadCatalogue(deps.store);
  const { current: asked, ...fields } = input;
  assertNoProblems(planProblems(cat, fields, null));
  const current = asked === true || cat.plans.length === 0;
  const ctx = adminContext(actor, 'plan.created');
  const ops: WriteOp[] = [
    ...(current ? await notCurrentOps(deps) : []),
    { kind: 'create', list: 'plans', fields: { ...fields, vision: fields.vision ?? '', current } },
  ];
  const results = await deps.store.writeMany(ops, ctx);
  return versioned(await readItem(deps, 'plans', results[results.length - 1]!.id));
}

export async function updatePlan(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  patch: Partial<PlanInput>,
): Promise<Versioned<PlanFields>> {
  requireAdmin(actor);
  const updated = await changeItem(deps, actor, 'plans', {
    id,
    version,
    patch: defined(patch),
    event: 'plan.updated',
    problems: (item, cat) => [
      ...(earlierPlanProblems(cat, id, 'current').length > 0
        ? [
            {
              field: 'current',
              message:
                'is false: this is an earlier plan, kept as it was (make it current to change it)',
            },
          ]
        : []),
      ...planProblems(cat, { ...item.fields, ...defined(patch) }, id),
    ],
  });
  return versioned(updated);
}

/**
 * Makes a plan the current one (the council adopts its new plan, or puts back the one it meant):
 * the previous current plan stops being current in the same write, so there is never none or two.
 */
export async function setPlanCurrent(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
): Promise<Versioned<PlanFields>> {
  requireAdmin(actor);
  const item = await readItem(deps, 'plans', id);
  assertVersion(item, version);
  if (item.fields.current) return versioned(item);
  await deps.store.writeMany(
    [
      ...(await notCurrentOps(deps)),
      { kind: 'update', list: 'plans', id, version, patch: { current: true } },
    ],
    adminContext(actor, 'plan.made-current'),
  );
  return versioned(await readItem(deps, 'plans', id));
}

async function notCurrentOps(deps: AppDeps): Promise<WriteOp[]> {
  const current = await deps.store.query('plans', { current: true });
  return current.map((p) => ({
    kind: 'update',
    list: 'plans',
    id: p.id,
    version: p.version,
    patch: { current: false },
  }));
}
