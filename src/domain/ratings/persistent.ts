import { ValidationError } from '../errors/errors.js';
import type { RatingState } from '../model/types.js';

const RATING_LEVELS = new Set<RatingState>([
  'strong',
  'good',
  'review',
  'action',
  'green',
  'amber',
  'red',
]);

/**
 * Persistent under-performance (DESIGN.md: "for example Action for three periods running", which
 * calls for a deep-dive review). `history` runs oldest → newest. True when the newest `runs`
 * RATED entries are all Action (or Red).
 *
 * Only rating levels count. Every other state (not-due, missing, not-available, no-target,
 * context, not-rated) is skipped: it neither extends nor breaks the run. In particular a missing
 * return does not break it, so that not submitting can never clear the flag. Fewer than `runs`
 * rated entries → false.
 */
export function persistentUnderPerformance(history: readonly RatingState[], runs: number): boolean {
  if (!Number.isInteger(runs) || runs < 1) {
    throw new ValidationError(
      `must be a whole number of periods, at least 1, got ${String(runs)}`,
      'runs',
    );
  }
  const rated = history.filter((state) => RATING_LEVELS.has(state));
  if (rated.length < runs) return false;
  return rated.slice(-runs).every((state) => state === 'action' || state === 'red');
}
