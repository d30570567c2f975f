// The columns of a comparator figures file (the README, "Importing comparator figures"). Header
// names are matched ignoring case and surrounding spaces, as the other imports do.
import type { TableColumns } from '../../import/read-records.js';

export const BENCHMARK_REQUIRED = ['code', 'period', 'group', 'value', 'source'] as const;

export const BENCHMARK_OPTIONAL = ['area_code', 'area_name', 'kind', 'group_kind'] as const;

export type BenchmarkColumn =
  (typeof BENCHMARK_REQUIRED)[number] | (typeof BENCHMARK_OPTIONAL)[number];

export const BENCHMARK_TABLE: TableColumns<BenchmarkColumn> = {
  required: BENCHMARK_REQUIRED,
  optional: BENCHMARK_OPTIONAL,
};
