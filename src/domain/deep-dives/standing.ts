// Where a deep-dive review stands, in words, as the indicator page, the dashboard's persistent list,
// the list page and the report say it. Today is an input (Europe/London, from the clock).
//
//   closed   ⇔ status closed;
//   overdue  ⇔ open and today is after its due date (the due day itself is still in time);
//   due-soon ⇔ open, not overdue, due within DUE_SOON_DAYS;
//   under-way otherwise.
// Examples (due 2025-11-20): today 2025-11-21 → overdue; 2025-11-20 → due-soon; 2025-11-06 →
// due-soon; 2025-11-05 → under-way.
import type { DeepDiveReview, IsoDate } from '../model/types.js';
import { addDays, formatDate } from '../periods/iso-date.js';
import { londonDate } from '../periods/london-time.js';

export type DeepDiveState = 'under-way' | 'due-soon' | 'overdue' | 'closed';

/** As for risk reviews: a fortnight's notice that a review's report is due. */
export const DUE_SOON_DAYS = 14;

export function deepDiveState(
  review: Pick<DeepDiveReview, 'status' | 'dueDate'>,
  today: IsoDate,
): DeepDiveState {
  if (review.status === 'closed') return 'closed';
  if (today > review.dueDate) return 'overdue';
  if (addDays(today, DUE_SOON_DAYS) >= review.dueDate) return 'due-soon';
  return 'under-way';
}

/** "Under way, due 12/03/2026", "Overdue: was due 12/03/2026", "Closed 02/02/2026". */
export function deepDiveStandingWords(
  review: Pick<DeepDiveReview, 'status' | 'dueDate' | 'closedAt'>,
  today: IsoDate,
): string {
  const due = formatDate(review.dueDate);
  switch (deepDiveState(review, today)) {
    case 'closed':
      return review.closedAt ? `Closed ${formatDate(londonDate(review.closedAt))}` : 'Closed';
    case 'overdue':
      return `Overdue: was due ${due}`;
    case 'due-soon':
      return `Under way, due soon: ${due}`;
    case 'under-way':
      return `Under way, due ${due}`;
  }
}

/**
 * The review an indicator's standing is told by: its open review if it has one (at most one is
 * open at a time), else its most recently closed; null when none was ever started.
 */
export function currentReview<
  R extends Pick<DeepDiveReview, 'status' | 'closedAt' | 'requestedAt'>,
>(reviews: readonly R[]): R | null {
  const open = reviews.find((r) => r.status === 'open');
  if (open) return open;
  const closed = [...reviews].sort((a, b) =>
    (b.closedAt ?? b.requestedAt).localeCompare(a.closedAt ?? a.requestedAt),
  );
  return closed[0] ?? null;
}
