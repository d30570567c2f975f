// "My key actions" in My work: the updates a person has to give (for their own actions, and for
// those of people they are recorded delegate for) and, when the council checks updates, those
// waiting for their check — most urgent first.
import { londonDate } from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { rolesFor } from './roles.js';
import { buildUpdateView, type KeyActionUpdateView } from './update-view.js';

export interface MyKeyActionUpdates {
  toUpdate: KeyActionUpdateView[];
  toCheck: KeyActionUpdateView[];
}

export async function myKeyActionUpdates(
  deps: AppDeps,
  personId: string,
): Promise<MyKeyActionUpdates> {
  const [cat, settings, due, submitted] = await Promise.all([
    loadCatalogue(deps.store),
    loadSettings(deps.store),
    deps.store.query('keyActionUpdates', { state: 'due' }),
    deps.store.query('keyActionUpdates', { state: 'submitted' }),
  ]);
  const today = londonDate(deps.clock.now());
  const actions = new Map(cat.keyActions.map((a) => [a.id, a]));
  const plans = new Map(cat.servicePlans.map((p) => [p.id, p]));
  const views = (items: typeof due, want: 'submit' | 'check') =>
    items
      .flatMap((item) => {
        const action = actions.get(item.fields.keyActionId);
        const plan = action && plans.get(action.servicePlanId);
        if (!action || !plan || action.retired) return [];
        const view = buildUpdateView({
          cat,
          settings,
          today,
          viewerId: personId,
          item,
          action,
          plan,
        });
        // Admins may check any update, but only those routed to them are theirs to do.
        const routed = want === 'submit' || rolesFor(cat, personId, action, plan).checksByRoute;
        return routed && view.allowed.includes(want) ? [view] : [];
      })
      .sort(
        (a, b) => a.dueDate.localeCompare(b.dueDate) || a.action.code.localeCompare(b.action.code),
      );
  return {
    toUpdate: views(due, 'submit'),
    toCheck: settings.keyActionUpdatesNeedCheck ? views(submitted, 'check') : [],
  };
}
