// The trend of a risk's residual score over its reviews (issue 17): the latest review against the
// one before it, in words for the register, the card and the report. With one review or none there
// is nothing to compare, so the trend says so rather than guessing "steady".
//   reviews scoring 9 then 12 → up ("Up from 9 to 12": the risk is worse);
//   12 then 8 → down ("Down from 12 to 8"); 8 then 8 (4×2 then 2×4) → steady ("Steady at 8").
import type { RiskReview } from '../model/types.js';
import { riskScore } from './scoring.js';

export type RiskTrendDirection = 'up' | 'down' | 'steady' | 'new';

export interface RiskTrend {
  direction: RiskTrendDirection;
  /** The latest review's residual score, or null before any review. */
  latest: number | null;
  previous: number | null;
  words: string;
}

type Scored = Pick<RiskReview, 'date' | 'residualLikelihood' | 'residualImpact'>;

/** Reviews in any order; the two latest by date (ties: the later in the list) are compared. */
export function riskTrend(reviews: readonly Scored[]): RiskTrend {
  const sorted = reviews
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.date.localeCompare(b.r.date) || a.i - b.i)
    .map((x) => riskScore(x.r.residualLikelihood, x.r.residualImpact));
  const latest = sorted.at(-1) ?? null;
  const previous = sorted.length >= 2 ? sorted.at(-2)! : null;
  if (latest === null) return { direction: 'new', latest, previous, words: 'Not yet reviewed' };
  if (previous === null) {
    return { direction: 'new', latest, previous, words: `First review: ${latest}` };
  }
  if (latest > previous) {
    return { direction: 'up', latest, previous, words: `Up from ${previous} to ${latest}` };
  }
  if (latest < previous) {
    return { direction: 'down', latest, previous, words: `Down from ${previous} to ${latest}` };
  }
  return { direction: 'steady', latest, previous, words: `Steady at ${latest}` };
}
