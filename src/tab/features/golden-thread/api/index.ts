export { getPlan, type PlanTree } from './get-plan.js';
export { getIndicatorSummaries } from './get-indicator-summaries.js';
export { getBudget } from './get-budget.js';
