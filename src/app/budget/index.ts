// Budget monitoring (issue 17): the position for a quarter, and importing the finance export.
export { budgetPosition, positionFor, type BudgetQuery } from './budget-position.js';
export type {
  AmountsView,
  BudgetLineView,
  BudgetPositionView,
  DirectorateBudgetView,
  ServiceBudgetView,
} from './budget-view.js';
export { BUDGET_TOLERANCE_KEY, loadBudgetTolerance, toleranceWords } from './budget-tolerance.js';
export { importBudgetCsv } from './import-budget.js';
export type { BudgetImportOptions, BudgetImportSummary } from './import-budget.js';
export { BUDGET_OPTIONAL, BUDGET_REQUIRED } from './budget-columns.js';
