// The budget beside the dashboard's ratings (issue 17, "Beside performance"): the position of the
// latest quarter ended by the dashboard's month (the quarter containing it when the month ends it),
// read through the budget's own view (positionFor) so the dashboard, GET /api/budget and the
// Performance and Budget report say the same. Never later than today: a quarter's figures are as
// at its end, so a dashboard for a month still running shows the last quarter finance has closed.
// A council with no budget lines yet, or none for that quarter, gets the dashboard all the same,
// with that said in words.
import { NotFoundError } from '../../domain/errors/errors.js';
import { formatDate, type Period } from '../../domain/periods/index.js';
import { positionFor, type BudgetPositionView } from '../budget/index.js';
import type { Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';

export type DashboardBudget =
  { shown: true; position: BudgetPositionView } | { shown: false; message: string };

export async function dashboardBudget(
  deps: AppDeps,
  cat: Catalogue,
  selected: Period,
  today: string,
): Promise<DashboardBudget> {
  const asAt = selected.end < today ? selected.end : today;
  try {
    return { shown: true, position: await positionFor(deps, cat, { asAt }) };
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    return {
      shown: false,
      message: `No budget lines for this quarter: none has been imported for a quarter ended by ${formatDate(asAt)}.`,
    };
  }
}
