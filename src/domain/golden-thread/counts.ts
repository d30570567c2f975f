// Counting ratings. `total` is always the number of items counted, so the parts add up to it.
import type { RatingState } from '../model/types.js';
import type { RatingCounts } from './types.js';

export function countByRating(states: readonly RatingState[]): RatingCounts {
  const counts: RatingCounts = { total: 0 };
  for (const state of states) {
    counts[state] = (counts[state] ?? 0) + 1;
    counts.total += 1;
  }
  return counts;
}

/** Ratings of the given ids that are in view (have an entry in the map); each id counted once. */
export function countIds(
  ids: Iterable<string>,
  ratings: ReadonlyMap<string, RatingState>,
): RatingCounts {
  const states: RatingState[] = [];
  for (const id of new Set(ids)) {
    const state = ratings.get(id);
    if (state !== undefined) states.push(state);
  }
  return countByRating(states);
}

/** en-GB ordering that puts `PI 2` before `PI 10`. */
export function byCode(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB', { numeric: true });
}
