// Public surface of the plan import and export (format: the README, "Importing plans from CSV").
export { importPlanCsv, type PlanImportOptions, type PlanImportSummary } from './import-plan.js';
export {
  exportPlan,
  planExportRows,
  planRowsToCsv,
  planRowsToJson,
  type PlanExportRow,
} from './export-plan.js';
export { PLAN_COLUMNS, PLAN_LEVELS, type PlanLevel } from './columns.js';
