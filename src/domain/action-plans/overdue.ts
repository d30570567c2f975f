// When an open action plan is overdue: its own due date, or any corrective action not done by its
// date, has passed (issue 14: "overdue plans are marked everywhere"). A closed plan is never
// overdue — it has an outcome instead.
import type { ActionPlan, IsoDate } from '../model/types.js';
import { formatDate } from '../periods/index.js';

export type PlanDates = Pick<ActionPlan, 'status' | 'dueDate' | 'correctiveActions'>;

/** The earliest date the plan missed, or null when it is on time (or closed). */
export function overdueSince(plan: PlanDates, today: IsoDate): IsoDate | null {
  if (plan.status !== 'open') return null;
  const missed = [
    plan.dueDate,
    ...plan.correctiveActions.filter((a) => !a.done).map((a) => a.dueDate),
  ]
    .filter((d) => d < today)
    .sort();
  return missed[0] ?? null;
}

export function isOverdue(plan: PlanDates, today: IsoDate): boolean {
  return overdueSince(plan, today) !== null;
}

/** In words, for every place the plan is shown: "overdue since 30/09/2026", or null. */
export function overdueWords(plan: PlanDates, today: IsoDate): string | null {
  const since = overdueSince(plan, today);
  return since === null ? null : `overdue since ${formatDate(since)}`;
}
