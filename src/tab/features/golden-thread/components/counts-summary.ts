import type { RatingCounts } from '../../../shared/api/index.js';
import { RATING_NAMES, RATING_ORDER } from '../../../shared/components/index.js';

/** "7 indicators: 4 Good, 1 Review, 1 Action, 1 Missing" */
export function countsSummary(counts: RatingCounts, noun: [string, string]): string {
  if (counts.total === 0) return '';
  const parts = RATING_ORDER.filter((s) => (counts[s] ?? 0) > 0).map(
    (s) => `${counts[s]} ${RATING_NAMES[s]}`,
  );
  return `${counts.total} ${counts.total === 1 ? noun[0] : noun[1]}: ${parts.join(', ')}`;
}
