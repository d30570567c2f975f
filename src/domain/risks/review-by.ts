// A risk's review in force on a date: the latest on or before it. The quarterly report's changes
// since last quarter and the strategic dashboard "as at" a date both read the register this way.
import type { IsoDate, RiskReview } from '../model/types.js';

export function latestReviewBy<R extends Pick<RiskReview, 'date'>>(
  reviews: readonly R[],
  date: IsoDate,
): R | null {
  const by = reviews.filter((v) => v.date <= date).sort((a, b) => a.date.localeCompare(b.date));
  return by.at(-1) ?? null;
}
