// Priorities (themes) of a corporate plan: created, edited, reordered and retired by the
// performance team. Retiring keeps the priority and its history; nothing is deleted. The content
// of an earlier plan is refused for edits (earlierPlanProblems).
import type { Person, Priority } from '../../domain/model/types.js';
import { priorityWithDefaults } from '../../domain/model/plan-defaults.js';
import { adminContext, requireAdmin } from '../admin/require-admin.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { earlierPlanProblems, priorityProblems, type PriorityInput } from './plan-problems.js';
import { nextOrder, reorderSiblings, type OrderedItem } from './reorder.js';
import {
  assertNoProblems,
  changeItem,
  defined,
  readItem,
  retireChange,
  versioned,
  type Versioned,
} from './shared.js';

export type PriorityFields = Omit<Priority, 'id'>;

export async function adminPriorities(
  deps: AppDeps,
  actor: Person,
): Promise<Versioned<PriorityFields>[]> {
  requireAdmin(actor);
  const items = await deps.store.query('priorities', {}, { orderBy: 'order' });
  return items.map((i) =>
    versioned({ ...i, fields: priorityWithDefaults({ ...i.fields, id: i.id }) }),
  );
}

export async function createPriority(
  deps: AppDeps,
  actor: Person,
  input: PriorityInput,
): Promise<Versioned<PriorityFields>> {
  requireAdmin(actor);
  const cat = await loadCatalogue(deps.store);
  const fields = { ...input, description: input.description ?? '' };
  assertNoProblems(priorityProblems(cat, fields, null));
  const siblings = await deps.store.query('priorities', { planId: input.planId });
  const item = await deps.store.create(
    'priorities',
    { ...fields, order: nextOrder(siblings), retired: false },
    adminContext(actor, 'priority.created'),
  );
  return versioned(item);
}

export async function updatePriority(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  patch: Partial<PriorityInput>,
): Promise<Versioned<PriorityFields>> {
  requireAdmin(actor);
  const updated = await changeItem(deps, actor, 'priorities', {
    id,
    version,
    patch: defined(patch),
    event: 'priority.updated',
    problems: (item, cat) => {
      const next = {
        ...item.fields,
        description: item.fields.description ?? '',
        ...defined(patch),
      };
      // Moving a priority out of an earlier plan would change that plan's content too.
      return [
        ...(next.planId !== item.fields.planId
          ? earlierPlanProblems(cat, item.fields.planId, 'planId')
          : []),
        ...priorityProblems(cat, next, id),
      ];
    },
  });
  return versioned(updated);
}

export async function setPriorityRetired(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  retired: boolean,
): Promise<Versioned<PriorityFields>> {
  requireAdmin(actor);
  const updated = await changeItem(deps, actor, 'priorities', {
    id,
    version,
    ...retireChange('priority', retired),
    problems: (item, cat) => earlierPlanProblems(cat, item.fields.planId, 'planId'),
  });
  return versioned(updated);
}

/** Every priority of the plan, in the new order, each with the version the caller read. */
export async function reorderPriorities(
  deps: AppDeps,
  actor: Person,
  planId: string,
  ordered: OrderedItem[],
): Promise<Versioned<PriorityFields>[]> {
  requireAdmin(actor);
  await readItem(deps, 'plans', planId);
  assertNoProblems(earlierPlanProblems(await loadCatalogue(deps.store), planId, 'planId'));
  const ctx = adminContext(actor, 'priorities.reordered');
  const items = await reorderSiblings(deps, 'priorities', { planId }, ordered, ctx);
  return items.map(versioned);
}
