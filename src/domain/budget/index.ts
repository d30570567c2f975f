// Budget monitoring (issue 17): money in whole pence, the variance rule, periods, roll-ups.
export { formatPence, MAX_PENCE, MONEY_REASONS, parsePence, sumPence } from './money.js';
export type { PenceReading } from './money.js';
export {
  DEFAULT_BUDGET_TOLERANCE,
  toleranceProblem,
  varianceOf,
  withinTolerance,
} from './variance.js';
export type { BudgetFigures, BudgetTolerance, Variance, VarianceWords } from './variance.js';
export {
  budgetPeriod,
  budgetQuarter,
  latestQuarterAsAt,
  linesForQuarter,
} from './budget-period.js';
export { positionOf, rollUpBudget, totalsOf } from './roll-up.js';
export type {
  BudgetPosition,
  BudgetTotals,
  DirectoratePosition,
  ServicePosition,
} from './roll-up.js';
