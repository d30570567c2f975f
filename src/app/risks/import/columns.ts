// The columns of the risk import file (the README, "Importing the risk register from CSV"), read
// by the one CSV reader (src/app/import/read-records.ts): header names ignoring case, any order.
import type { TableColumns, TableRow } from '../../import/read-records.js';

export const RISK_REQUIRED_COLUMNS = [
  'code',
  'title',
  'owner',
  'likelihood',
  'impact',
  'residual_likelihood',
  'residual_impact',
  'review_date',
] as const;

export const RISK_OPTIONAL_COLUMNS = [
  'description',
  'category',
  'objectives',
  'key_actions',
  'projects',
  'status',
] as const;

export type RiskColumn =
  (typeof RISK_REQUIRED_COLUMNS)[number] | (typeof RISK_OPTIONAL_COLUMNS)[number];

export const RISK_TABLE: TableColumns<RiskColumn> = {
  required: RISK_REQUIRED_COLUMNS,
  optional: RISK_OPTIONAL_COLUMNS,
};

export type RiskRow = TableRow<RiskColumn>;
