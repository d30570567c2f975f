// Reading deep-dive reviews: the list (by status, indicator or lead), one review, and each
// indicator's standing for the dashboard's persistent list. Everyone who may see an indicator may
// read its reviews, and every signed-in person may see every indicator (indicatorDetail), so
// reading asks only who is looking, for what they may do.
import {
  currentReview,
  deepDiveStandingWords,
  deepDiveState,
} from '../../domain/deep-dives/index.js';
import type { DeepDiveState } from '../../domain/deep-dives/index.js';
import type { ActionPlan, DeepDiveStatus, Indicator, IsoDate } from '../../domain/model/types.js';
import { londonDate } from '../../domain/periods/index.js';
import { NotFoundError } from '../../domain/errors/errors.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import {
  compareDeepDives,
  deepDiveView,
  type DeepDiveView,
  type StoredDeepDive,
  type ViewContext,
} from './deep-dive-view.js';

export async function deepDiveContext(deps: AppDeps): Promise<ViewContext> {
  const [cat, plans] = await Promise.all([
    loadCatalogue(deps.store),
    deps.store.query('actionPlans'),
  ]);
  return {
    cat,
    today: londonDate(deps.clock.now()),
    plans: new Map(plans.map((p): [string, ActionPlan] => [p.id, { ...p.fields, id: p.id }])),
  };
}

/** An indicator by its code (any case) or id, as people and links name it. */
export function findIndicator(cat: Catalogue, value: unknown): Indicator | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return cat.indicatorsByCode.get(value.trim().toUpperCase()) ?? cat.indicators.get(value.trim());
}

export async function viewOf(deps: AppDeps, item: StoredDeepDive, viewerId: string) {
  return deepDiveView(await deepDiveContext(deps), item, viewerId);
}

export interface DeepDiveFilter {
  status?: DeepDiveStatus;
  /** The indicator's code or id. */
  indicator?: string;
  leadOfficerId?: string;
}

export async function listDeepDives(
  deps: AppDeps,
  viewerId: string,
  filter: DeepDiveFilter = {},
): Promise<DeepDiveView[]> {
  const ctx = await deepDiveContext(deps);
  const query: Record<string, string> = {};
  if (filter.status) query.status = filter.status;
  if (filter.leadOfficerId) query.leadOfficerId = filter.leadOfficerId;
  if (filter.indicator !== undefined) {
    const indicator = findIndicator(ctx.cat, filter.indicator);
    if (!indicator) throw new NotFoundError(`No indicator with code ${filter.indicator}`);
    query.indicatorId = indicator.id;
  }
  const items = await deps.store.query('deepDiveReviews', query);
  return items.map((i) => deepDiveView(ctx, i, viewerId)).sort(compareDeepDives);
}

export async function getDeepDive(
  deps: AppDeps,
  viewerId: string,
  id: string,
): Promise<DeepDiveView> {
  const item = await deps.store.get('deepDiveReviews', id);
  if (!item) throw new NotFoundError(`No deep-dive review with id ${id}`);
  return viewOf(deps, item, viewerId);
}

/** An indicator's deep dive in a phrase: under way (due when), overdue, closed, or not started. */
export interface DeepDiveStanding {
  reviewId: string | null;
  state: DeepDiveState | 'not-started';
  words: string;
}

export const NOT_STARTED: DeepDiveStanding = {
  reviewId: null,
  state: 'not-started',
  words: 'Not started',
};

/** Each indicator's standing, by indicator id: its open review, else its latest closed one. */
export async function deepDiveStandings(
  deps: Pick<AppDeps, 'store'>,
  indicatorIds: readonly string[],
  today: IsoDate,
): Promise<Record<string, DeepDiveStanding>> {
  const all = await deps.store.query('deepDiveReviews');
  const out: Record<string, DeepDiveStanding> = {};
  for (const id of indicatorIds) {
    const mine = all
      .filter((r) => r.fields.indicatorId === id)
      .map((r) => ({ ...r.fields, id: r.id }));
    const current = currentReview(mine);
    out[id] = current
      ? {
          reviewId: current.id,
          state: deepDiveState(current, today),
          words: deepDiveStandingWords(current, today),
        }
      : NOT_STARTED;
  }
  return out;
}
