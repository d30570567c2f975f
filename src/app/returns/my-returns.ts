// "My work": the returns a person has to enter, check or authorise (including for the people they
// are recorded delegate for, and those that have fallen to them — each view's `waitingFor` says
// why), most urgent first.
import { londonDate } from '../../domain/periods/index.js';
import type { ReturnState } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { actorForReturn, nextActorsFor } from './actor.js';
import { buildReturnView, type ReturnView, type StoredReturn } from './return-view.js';
import { loadComparators } from '../benchmarks/position.js';

export interface MyReturns {
  toEnter: ReturnView[];
  toCheck: ReturnView[];
  toAuthorise: ReturnView[];
}

const WHO: Record<
  Exclude<ReturnState, 'authorised'>,
  'isCollector' | 'isResponsible' | 'isAuthoriser'
> = {
  due: 'isCollector',
  submitted: 'isResponsible',
  checked: 'isAuthoriser',
};

async function waiting(
  deps: AppDeps,
  cat: Catalogue,
  personId: string,
  state: Exclude<ReturnState, 'authorised'>,
): Promise<StoredReturn[]> {
  const items = await deps.store.query('returns', { state });
  return items.filter((item) => {
    const indicator = cat.indicators.get(item.fields.indicatorId);
    if (!indicator || indicator.retired) return false;
    // Includes returns that have fallen to this person because nobody assigned may act on them.
    const ret = { ...item.fields, id: item.id };
    // Not those they may not take (they entered or checked it): it has gone to someone else.
    return (
      actorForReturn(cat.people, personId, indicator, ret)[WHO[state]] &&
      nextActorsFor(cat.people, indicator, ret).people.includes(personId)
    );
  });
}

export async function myReturns(deps: AppDeps, personId: string): Promise<MyReturns> {
  const [cat, settings] = await Promise.all([loadCatalogue(deps.store), loadSettings(deps.store)]);
  const today = londonDate(deps.clock.now());
  const siblingCache = new Map<string, StoredReturn[]>();
  const siblingsOf = async (indicatorId: string) => {
    let s = siblingCache.get(indicatorId);
    if (!s) {
      s = await deps.store.query('returns', { indicatorId });
      siblingCache.set(indicatorId, s);
    }
    return s;
  };
  // Plans are shown beside figures being checked or authorised, not those still to enter.
  const [openPlans, comparators] = await Promise.all([
    deps.store.query('actionPlans', { status: 'open' }),
    loadComparators(deps.store),
  ]);
  const plansOf = (indicatorId: string, state: string) =>
    state === 'due' ? [] : openPlans.filter((p) => p.fields.indicatorId === indicatorId);
  const views = async (items: StoredReturn[]) => {
    const out: ReturnView[] = [];
    for (const item of items) {
      out.push(
        buildReturnView({
          cat,
          settings,
          today,
          viewerId: personId,
          item,
          siblings: await siblingsOf(item.fields.indicatorId),
          plans: plansOf(item.fields.indicatorId, item.fields.state),
          comparators,
        }),
      );
    }
    return out.sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) || a.indicator.code.localeCompare(b.indicator.code),
    );
  };
  const [due, submitted, checked] = await Promise.all([
    waiting(deps, cat, personId, 'due'),
    waiting(deps, cat, personId, 'submitted'),
    waiting(deps, cat, personId, 'checked'),
  ]);
  return {
    toEnter: await views(due),
    toCheck: await views(submitted),
    toAuthorise: await views(checked),
  };
}

/** One return as the viewer sees it; anyone signed in may read a return (it is council data). */
export async function getReturnView(
  deps: AppDeps,
  personId: string,
  returnId: string,
): Promise<ReturnView | null> {
  const item = await deps.store.get('returns', returnId);
  if (!item) return null;
  const [cat, settings] = await Promise.all([loadCatalogue(deps.store), loadSettings(deps.store)]);
  const indicatorId = item.fields.indicatorId;
  const [siblings, plans, comparators] = await Promise.all([
    deps.store.query('returns', { indicatorId }),
    deps.store.query('actionPlans', { indicatorId }),
    loadComparators(deps.store, indicatorId),
  ]);
  return buildReturnView({
    cat,
    settings,
    today: londonDate(deps.clock.now()),
    viewerId: personId,
    item,
    siblings,
    plans,
    comparators,
  });
}
