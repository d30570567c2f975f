// Objectives (outcomes) of a priority: created, edited, reordered and retired by the performance
// team. A retired objective keeps its links (indicators, key actions) and history but takes no new
// links; the content of an earlier plan is refused for edits (earlierPlanProblems).
import type { Objective, Person } from '../../domain/model/types.js';
import { objectiveWithDefaults } from '../../domain/model/plan-defaults.js';
import { adminContext, requireAdmin } from '../admin/require-admin.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { earlierPlanProblems, objectiveProblems, type ObjectiveInput } from './plan-problems.js';
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

export type ObjectiveFields = Omit<Objective, 'id'>;

function planOf(cat: Catalogue, priorityId: string): string {
  return cat.priorities.find((p) => p.id === priorityId)?.planId ?? '';
}

export async function adminObjectives(
  deps: AppDeps,
  actor: Person,
): Promise<Versioned<ObjectiveFields>[]> {
  requireAdmin(actor);
  const items = await deps.store.query('objectives', {}, { orderBy: 'order' });
  return items.map((i) =>
    versioned({ ...i, fields: objectiveWithDefaults({ ...i.fields, id: i.id }) }),
  );
}

export async function createObjective(
  deps: AppDeps,
  actor: Person,
  input: ObjectiveInput,
): Promise<Versioned<ObjectiveFields>> {
  requireAdmin(actor);
  const cat = await loadCatalogue(deps.store);
  assertNoProblems(objectiveProblems(cat, input, null));
  const siblings = await deps.store.query('objectives', { priorityId: input.priorityId });
  const item = await deps.store.create(
    'objectives',
    { ...input, order: nextOrder(siblings), retired: false },
    adminContext(actor, 'objective.created'),
  );
  return versioned(item);
}

export async function updateObjective(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  patch: Partial<ObjectiveInput>,
): Promise<Versioned<ObjectiveFields>> {
  requireAdmin(actor);
  const updated = await changeItem(deps, actor, 'objectives', {
    id,
    version,
    patch: defined(patch),
    event: 'objective.updated',
    problems: (item, cat) => {
      const next = { ...item.fields, ...defined(patch) };
      // Moving an objective out of an earlier plan's priority would change that plan too.
      return [
        ...(next.priorityId !== item.fields.priorityId
          ? earlierPlanProblems(cat, planOf(cat, item.fields.priorityId), 'priorityId')
          : []),
        ...objectiveProblems(cat, next, id),
      ];
    },
  });
  return versioned(updated);
}

export async function setObjectiveRetired(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  retired: boolean,
): Promise<Versioned<ObjectiveFields>> {
  requireAdmin(actor);
  const updated = await changeItem(deps, actor, 'objectives', {
    id,
    version,
    ...retireChange('objective', retired),
    problems: (item, cat) =>
      earlierPlanProblems(cat, planOf(cat, item.fields.priorityId), 'priorityId'),
  });
  return versioned(updated);
}

/** Every objective of the priority, in the new order, each with the version the caller read. */
export async function reorderObjectives(
  deps: AppDeps,
  actor: Person,
  priorityId: string,
  ordered: OrderedItem[],
): Promise<Versioned<ObjectiveFields>[]> {
  requireAdmin(actor);
  const priority = await readItem(deps, 'priorities', priorityId);
  const cat = await loadCatalogue(deps.store);
  assertNoProblems(earlierPlanProblems(cat, priority.fields.planId, 'priorityId'));
  const ctx = adminContext(actor, 'objectives.reordered');
  const items = await reorderSiblings(deps, 'objectives', { priorityId }, ordered, ctx);
  return items.map(versioned);
}
