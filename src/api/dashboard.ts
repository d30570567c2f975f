// GET /api/dashboard and the golden thread's shapes, shared by the server and the tab.
export type { Dashboard, DashboardRow, DashboardException } from '../app/dashboard/dashboard.js';
export type { DashboardBudget } from '../app/dashboard/dashboard-budget.js';
export type { RatingCounts, RollUpRow, ThreadNode } from '../domain/golden-thread/types.js';
export type { IndicatorSummary, HistoryRow } from '../app/indicators/indicators.js';
export type { BenchmarkPosition } from '../app/benchmarks/position.js';
export type { Direction, DirectionOfTravel } from '../domain/ratings/direction.js';

/** GET /api/dashboard's query: without a period the server picks last month. */
export interface DashboardQuery {
  period?: string;
  /** Leaders only: include figures entered but not yet authorised. */
  provisional?: 'include';
}
