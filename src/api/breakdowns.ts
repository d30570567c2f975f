// GET /api/indicators/:code/breakdowns and the boundary upload's answer (issue 16): types only.
export type {
  BoundaryUploadSummary,
  BreakdownPeriodView,
  BreakdownValueView,
  BreakdownView,
  IndicatorBreakdownsView,
} from '../app/breakdowns/index.js';
