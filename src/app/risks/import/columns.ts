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

// Mitigating actions, one row per action (the README, "Importing mitigations and reviews"): an
// action is named by its risk and its words, so the same file again updates rather than repeats.
export const MITIGATION_TABLE: TableColumns<'risk' | 'action' | 'owner' | 'due_date' | 'status'> = {
  required: ['risk', 'action', 'owner', 'due_date', 'status'],
  optional: [],
};

// Past reviews, one row per review of a risk on a day: the history its trend is drawn from.
export const REVIEW_TABLE: TableColumns<
  'risk' | 'date' | 'residual_likelihood' | 'residual_impact' | 'reviewer' | 'commentary'
> = {
  required: ['risk', 'date', 'residual_likelihood', 'residual_impact', 'reviewer'],
  optional: ['commentary'],
};
