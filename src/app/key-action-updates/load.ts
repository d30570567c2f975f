// Reads one key-action update with everything its view and decisions need: the action (with its
// stored version, for the all-or-nothing write), its service plan, the catalogue and the settings.
import { NotFoundError } from '../../domain/errors/errors.js';
import { londonDate } from '../../domain/periods/index.js';
import type { CouncilSettings, KeyAction, ServicePlan } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { buildUpdateView, type KeyActionUpdateView, type StoredUpdate } from './update-view.js';

export interface LoadedUpdate {
  item: StoredUpdate;
  action: KeyAction;
  actionVersion: string;
  plan: ServicePlan;
  cat: Catalogue;
  settings: CouncilSettings;
}

export async function loadUpdate(deps: AppDeps, updateId: string): Promise<LoadedUpdate> {
  const item = await deps.store.get('keyActionUpdates', updateId);
  if (!item) throw new NotFoundError(`No key-action update with id ${updateId}`);
  const [cat, settings, stored] = await Promise.all([
    loadCatalogue(deps.store),
    loadSettings(deps.store),
    deps.store.get('keyActions', item.fields.keyActionId),
  ]);
  const action = cat.keyActions.find((a) => a.id === item.fields.keyActionId);
  const plan = action && cat.servicePlans.find((p) => p.id === action.servicePlanId);
  if (!stored || !action || !plan)
    throw new NotFoundError(`The update's key action ${item.fields.keyActionId} does not exist`);
  return { item, action, actionVersion: stored.version, plan, cat, settings };
}

export function viewOf(deps: AppDeps, l: LoadedUpdate, viewerId: string): KeyActionUpdateView {
  return buildUpdateView({
    cat: l.cat,
    settings: l.settings,
    today: londonDate(deps.clock.now()),
    viewerId,
    item: l.item,
    action: l.action,
    actionVersion: l.actionVersion,
    plan: l.plan,
  });
}

/** One update as the viewer sees it, or null; anyone signed in may read it (council data). */
export async function getKeyActionUpdate(
  deps: AppDeps,
  viewerId: string,
  updateId: string,
): Promise<KeyActionUpdateView | null> {
  try {
    return viewOf(deps, await loadUpdate(deps, updateId), viewerId);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}
