// GET /api/budget's answer (issue 17), as the tab reads it beside the ratings: types only.
export type {
  AmountsView,
  BudgetPositionView,
  DirectorateBudgetView,
  ServiceBudgetView,
} from '../app/budget/budget-view.js';
