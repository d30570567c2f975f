// The quartile of a status row (the dashboard, the reports, the export): the council's figure is
// the row's return only when it is authorised, whichever basis the row was counted on, so a
// provisional figure on the dashboard's "include provisional" view is never ranked.
import type { IndicatorStatusRow } from '../status/index.js';
import { benchmarkPosition, type BenchmarkPosition, type Comparators } from './position.js';

export function positionOfStatus(
  c: Comparators,
  row: Pick<IndicatorStatusRow, 'indicator' | 'period' | 'ret'>,
): BenchmarkPosition | null {
  const council = row.ret?.state === 'authorised' ? row.ret.value : null;
  return benchmarkPosition(c, row.indicator, row.period.key, council);
}
