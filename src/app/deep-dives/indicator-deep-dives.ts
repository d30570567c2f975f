// An indicator's deep-dive reviews as its page shows them: whether the dashboard flags it for
// persistent under-performance now (the default period, authorised figures: the same rows as the
// dashboard's persistent list), its reviews (the open one first), whether the viewer may start
// one, and the people who may lead one (anyone still at the council).
import { hasLeft } from '../../domain/deep-dives/index.js';
import { NotFoundError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../deps.js';
import { loadPeriodStatuses } from '../status/index.js';
import type { PersonRef } from '../returns/return-view.js';
import type { DeepDiveView } from './deep-dive-view.js';
import { deepDiveContext, findIndicator, listDeepDives } from './read-deep-dives.js';

export interface IndicatorDeepDives {
  indicator: { id: string; code: string; responsibleId: string };
  /** Flagged for persistent under-performance on the dashboard now. */
  persistent: boolean;
  /** Open first, then closed (most recent first). */
  reviews: DeepDiveView[];
  /** The viewer is in the performance team and no review is open. */
  mayStart: boolean;
  /** Who may lead a review: everyone still at the council, by name. */
  leads: PersonRef[];
}

export async function indicatorDeepDives(
  deps: AppDeps,
  viewerId: string,
  code: string,
): Promise<IndicatorDeepDives> {
  const { cat } = await deepDiveContext(deps);
  const indicator = findIndicator(cat, code);
  if (!indicator) throw new NotFoundError(`No indicator with code ${code}`);
  const [statuses, reviews] = await Promise.all([
    loadPeriodStatuses(deps, undefined, { authorisedOnly: true }),
    listDeepDives(deps, viewerId, { indicator: indicator.id }),
  ]);
  const admin = cat.people.get(viewerId)?.roles.includes('admin') ?? false;
  return {
    indicator: { id: indicator.id, code: indicator.code, responsibleId: indicator.responsibleId },
    persistent: statuses.rows.some((r) => r.indicator.id === indicator.id && r.persistent),
    reviews,
    mayStart: admin && !reviews.some((r) => r.status === 'open'),
    leads: [...cat.people.values()]
      .filter((p) => !hasLeft(p))
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  };
}
