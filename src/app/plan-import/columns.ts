// The columns of the plan import file (the README, "Importing plans from CSV"): one row per item,
// its level saying which columns it reads. Header names are matched ignoring case, as for the
// indicator import, by the same reader.
import type { TableColumns, TableRow } from '../import/read-records.js';

export const PLAN_LEVELS = ['plan', 'priority', 'objective', 'service-plan', 'key-action'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

export const PLAN_REQUIRED_COLUMNS = ['level', 'code', 'title'] as const;
export const PLAN_OPTIONAL_COLUMNS = [
  'parent',
  'start',
  'end',
  'service',
  'year',
  'owner',
  'objectives',
  'description',
  'corporate_project',
] as const;

export type PlanColumn =
  (typeof PLAN_REQUIRED_COLUMNS)[number] | (typeof PLAN_OPTIONAL_COLUMNS)[number];

/** Every column, in the order export writes them. */
export const PLAN_COLUMNS: readonly PlanColumn[] = [
  ...PLAN_REQUIRED_COLUMNS,
  ...PLAN_OPTIONAL_COLUMNS,
];

export const PLAN_TABLE: TableColumns<PlanColumn> = {
  required: PLAN_REQUIRED_COLUMNS,
  optional: PLAN_OPTIONAL_COLUMNS,
};

export type PlanRow = TableRow<PlanColumn>;
