export * from './dashboard.js';
export { resolvePeriod } from '../status/index.js';
export type { TrendPoint } from './trend.js';
export type { DashboardBudget } from './dashboard-budget.js';
