// Key actions of a service plan: set up by the performance team or the plan's owner (service
// heads edit their own service plans). The progress fields are not edited here: they are the
// latest accepted update (key-action updates), so a new action starts "not started, 0%".
import type { KeyAction, Person } from '../../domain/model/types.js';
import type { StoredItem } from '../../domain/ports/store.js';
import { keyActionWithDefaults } from '../../domain/model/plan-defaults.js';
import { adminContext } from '../admin/require-admin.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { keyActionProblems, type KeyActionInput } from './plan-problems.js';
import { isAdmin, requireServicePlanEditor } from './service-plan-access.js';
import {
  assertNoProblems,
  changeItem,
  defined,
  readItem,
  retireChange,
  versioned,
  type Versioned,
} from './shared.js';

export type KeyActionFields = Omit<KeyAction, 'id'>;

/** What a key action reports before its owner's first update. */
export const NOT_STARTED = {
  status: 'not-started',
  outcome: 'as-expected',
  percentComplete: 0,
  lastUpdate: '',
  lastUpdatedAt: null,
  evidenceUrl: null,
  revisedDueDate: null,
  revisedDueReason: null,
  nextMilestone: '',
} as const satisfies Partial<KeyActionFields>;

const NO_PLAN = { ownerId: '', serviceId: '', title: 'that service plan' };

function withDefaults(i: { id: string; version: string; fields: KeyActionFields }) {
  const { id: _id, ...fields } = keyActionWithDefaults({ ...i.fields, id: i.id });
  return versioned({ ...i, fields });
}

/** The key actions of one service plan, retired included, for its editors. */
export async function servicePlanKeyActions(
  deps: AppDeps,
  actor: Person,
  servicePlanId: string,
): Promise<Versioned<KeyActionFields>[]> {
  const plan = await readItem(deps, 'servicePlans', servicePlanId);
  requireServicePlanEditor(actor, plan.fields, (await loadCatalogue(deps.store)).services);
  const items = await deps.store.query('keyActions', { servicePlanId }, { orderBy: 'code' });
  return items.map(withDefaults);
}

export async function createKeyAction(
  deps: AppDeps,
  actor: Person,
  input: KeyActionInput,
): Promise<Versioned<KeyActionFields>> {
  const cat = await loadCatalogue(deps.store);
  const plan = cat.servicePlans.find((sp) => sp.id === input.servicePlanId);
  // An unknown plan is a field problem for the performance team; for anyone else, no right.
  if (plan || !isAdmin(actor)) requireServicePlanEditor(actor, plan ?? NO_PLAN, cat.services);
  assertNoProblems(keyActionProblems(cat, input, null));
  const item = await deps.store.create(
    'keyActions',
    { ...input, ...NOT_STARTED, retired: false, copiedFromId: null },
    adminContext(actor, 'key-action.created'),
  );
  return withDefaults(item);
}

export async function updateKeyAction(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  patch: Partial<KeyActionInput>,
): Promise<Versioned<KeyActionFields>> {
  const nextOf = (item: StoredItem<KeyActionFields>) => ({
    ...keyActionWithDefaults({ ...item.fields, id }),
    ...defined(patch),
  });
  const updated = await changeItem(deps, actor, 'keyActions', {
    id,
    version,
    patch: defined(patch),
    event: 'key-action.updated',
    allow: async (item, cat) => {
      await requirePlanEditor(deps, actor, item, cat);
      // Moving the action to another service plan needs the right over that plan too.
      const next = nextOf(item);
      if (next.servicePlanId !== item.fields.servicePlanId) {
        const to = cat.servicePlans.find((sp) => sp.id === next.servicePlanId);
        if (to) requireServicePlanEditor(actor, to, cat.services);
      }
    },
    problems: (item, cat) => keyActionProblems(cat, nextOf(item), id),
  });
  return withDefaults(updated);
}

export async function setKeyActionRetired(
  deps: AppDeps,
  actor: Person,
  id: string,
  version: string,
  retired: boolean,
): Promise<Versioned<KeyActionFields>> {
  const updated = await changeItem(deps, actor, 'keyActions', {
    id,
    version,
    ...retireChange('key-action', retired),
    allow: (item, cat) => requirePlanEditor(deps, actor, item, cat),
  });
  return withDefaults(updated);
}

/** The right over a key action is the right over the service plan it is in. */
async function requirePlanEditor(
  deps: AppDeps,
  actor: Person,
  item: StoredItem<KeyActionFields>,
  cat: Catalogue,
): Promise<void> {
  const plan = await readItem(deps, 'servicePlans', item.fields.servicePlanId);
  requireServicePlanEditor(actor, plan.fields, cat.services);
}
