// When a risk's review is due (issue 17, "reviews on a timetable"). Today is an input (the app
// reads it from the clock in Europe/London), never read here.
//
//   overdue ⇔ the risk is not closed and today is after its review date;
//   due     ⇔ not closed, not overdue, and the review date is within DUE_SOON_DAYS of today;
//   else scheduled (or closed: a closed risk is never reviewed).
// Examples (review date 2025-11-20): today 2025-11-21 → overdue; 2025-11-20 → due (the day itself
// is still in time); 2025-11-06 → due (14 days ahead); 2025-11-05 → scheduled.
import type { Instant, IsoDate, Risk, RiskStatus } from '../model/types.js';
import { addDays } from '../periods/iso-date.js';
import { instantFromLondon } from '../periods/london-time.js';
import { riskScore } from './scoring.js';

export type ReviewState = 'overdue' | 'due' | 'scheduled' | 'closed';

export const DUE_SOON_DAYS = 14;

export function reviewState(reviewDate: IsoDate, status: RiskStatus, today: IsoDate): ReviewState {
  if (status === 'closed') return 'closed';
  if (today > reviewDate) return 'overdue';
  if (addDays(today, DUE_SOON_DAYS) >= reviewDate) return 'due';
  return 'scheduled';
}

export const REVIEW_STATE_WORDS: Readonly<Record<ReviewState, string>> = {
  overdue: 'Review overdue',
  due: 'Review due soon',
  scheduled: 'Review scheduled',
  closed: 'Closed: no review needed',
};

/** The stored columns that follow from the others (see Risk.residualScore and reviewDueAt). */
export function riskDerivedFields(
  risk: Pick<Risk, 'residualLikelihood' | 'residualImpact' | 'reviewDate'>,
): { residualScore: number; reviewDueAt: Instant } {
  return {
    residualScore: riskScore(risk.residualLikelihood, risk.residualImpact),
    reviewDueAt: instantFromLondon(`${risk.reviewDate}T00:00`),
  };
}
