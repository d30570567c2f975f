// The columns of a budget import file (the README, "Importing budget lines from CSV"): the finance
// system's export, one row per service per period. Header names are matched ignoring case and
// surrounding spaces, as the other imports do (src/app/import/columns.ts).
import type { TableColumns } from '../import/read-records.js';

export const BUDGET_REQUIRED = [
  'service',
  'year',
  'period',
  'original_budget',
  'current_budget',
  'actual_to_date',
  'forecast_outturn',
] as const;

export const BUDGET_OPTIONAL = ['commentary'] as const;

export type BudgetColumn = (typeof BUDGET_REQUIRED)[number] | (typeof BUDGET_OPTIONAL)[number];

export const BUDGET_TABLE: TableColumns<BudgetColumn> = {
  required: BUDGET_REQUIRED,
  optional: BUDGET_OPTIONAL,
};

/** The amount columns and the field each fills, in whole pence. */
export const AMOUNT_COLUMNS = [
  ['original_budget', 'originalBudgetPence'],
  ['current_budget', 'currentBudgetPence'],
  ['actual_to_date', 'actualToDatePence'],
  ['forecast_outturn', 'forecastOutturnPence'],
] as const;
