// The council's variance tolerance: the `budgetTolerance` item of the settings list, read here
// beside the budget rather than in CouncilSettings so the budget feature stays one block to merge.
// A stored value that no council means (src/domain/budget/variance.ts toleranceProblem) is refused
// loudly rather than silently replaced by the default, which would change every word in a report.
import {
  DEFAULT_BUDGET_TOLERANCE,
  formatPence,
  toleranceProblem,
  type BudgetTolerance,
} from '../../domain/budget/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import type { Store } from '../../domain/ports/store.js';

export const BUDGET_TOLERANCE_KEY = 'budgetTolerance';

export async function loadBudgetTolerance(store: Store): Promise<BudgetTolerance> {
  const [item] = await store.query('settings', { key: BUDGET_TOLERANCE_KEY });
  if (!item) return DEFAULT_BUDGET_TOLERANCE;
  const problem = toleranceProblem(item.fields.value);
  if (problem) throw new ValidationError(problem, `settings.${BUDGET_TOLERANCE_KEY}`);
  return item.fields.value as BudgetTolerance;
}

/** "±2% or £10,000.00, whichever is larger" — the rule in words, for readers of the figures. */
export function toleranceWords(t: BudgetTolerance): string {
  if (t.floorPence === 0) return `±${t.percent}% of the current budget`;
  if (t.percent === 0) return `±${formatPence(t.floorPence)}`;
  return `±${t.percent}% of the current budget or ${formatPence(t.floorPence)}, whichever is larger`;
}
