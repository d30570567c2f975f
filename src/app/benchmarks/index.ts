// Comparator data in (issue 16): groups, importing figures from CSV (ours or LG Inform's
// download), fetching them from LG Inform Plus, and an indicator's primary group.
export {
  groupKey,
  inferGroupKind,
  listComparatorGroups,
  type ComparatorGroupSummary,
} from './groups.js';
export { importBenchmarksCsv } from './import/import-benchmarks.js';
export type { BenchmarkImportOptions, BenchmarkImportSummary } from './import/import-benchmarks.js';
export { BENCHMARK_OPTIONAL, BENCHMARK_REQUIRED } from './import/columns.js';
export { isGssCode } from './import/benchmark-row.js';
export { fetchFromLgInform } from './fetch/fetch-lg-inform.js';
export type { LgInformFetchOptions, LgInformFetchSummary } from './fetch/fetch-lg-inform.js';
export type { LgInformQuery, LgInformSource } from './fetch/lg-inform-source.js';
export { setPrimaryGroup } from './primary-group.js';
export type { PrimaryGroupInput, PrimaryGroupResult } from './primary-group.js';
