// One row per indicator at a chosen period, from the same status engine as the dashboard and the
// reports, so an export never disagrees with what the Leadership Team saw. Keys are snake_case so
// the CSV header and the JSON read the same.
import type { RatingState, UnitKind } from '../../domain/model/types.js';
import { parsePeriod } from '../../domain/periods/index.js';
import type { Direction } from '../../domain/ratings/index.js';
import { roundTo } from '../../domain/values/index.js';
import type { AppDeps } from '../deps.js';
import { loadPeriodStatuses } from '../status/index.js';
import { loadComparators } from '../benchmarks/position.js';
import { positionOfStatus } from '../benchmarks/position-of-status.js';

export interface ExportRow {
  code: string;
  title: string;
  unit: UnitKind;
  decimals: number;
  /** Canonical key of the indicator's own period (`2025/26 Q1`, `2025-06`). */
  period: string;
  period_label: string;
  actual: number | null;
  target: number | null;
  /** The rating's label (`Good`, `Action`, `No target`…). */
  rating: string;
  rating_state: RatingState;
  ytd_actual: number | null;
  ytd_target: number | null;
  direction_vs_previous: Direction;
  /** The return's workflow state, or '' when there is none. */
  state: string;
  /**
   * Present only when the indicator's comparator group has member figures for the period (issue
   * 16 names these two camelCase): the quartile, 1 the best (null when there is none: no polarity
   * or no authorised figure), and the group it is against. JSON only: the CSV's columns are fixed.
   */
  quartile?: number | null;
  quartileGroup?: string;
}

export interface ExportOptions {
  /** Only authorised figures count (the default: exports are for reporting). */
  authorisedOnly?: boolean;
}

const rounded = (v: number | null, decimals: number) => (v === null ? null : roundTo(v, decimals));

export async function exportRows(
  deps: AppDeps,
  periodText: string,
  options: ExportOptions = {},
): Promise<ExportRow[]> {
  const [{ rows: statuses }, comparators] = await Promise.all([
    loadPeriodStatuses(deps, parsePeriod(periodText).key, {
      authorisedOnly: options.authorisedOnly ?? true,
    }),
    loadComparators(deps.store),
  ]);
  const quartileOf = (s: (typeof statuses)[number]) => {
    const position = positionOfStatus(comparators, s);
    return position ? { quartile: position.quartile, quartileGroup: position.group.name } : {};
  };
  return statuses
    .map((s): ExportRow => ({
      code: s.indicator.code,
      title: s.indicator.title,
      unit: s.indicator.unit,
      decimals: s.indicator.decimals,
      period: s.period.key,
      period_label: s.period.label,
      actual: s.value,
      target: s.target,
      rating: s.rating.label,
      rating_state: s.rating.state,
      // Year to date is an average for some indicators: shown at the indicator's precision.
      ytd_actual: rounded(s.ytdValue, s.indicator.decimals),
      ytd_target: rounded(s.ytdTarget, s.indicator.decimals),
      direction_vs_previous: s.direction.vsPrevious,
      state: s.ret?.state ?? '',
      ...quartileOf(s),
    }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en-GB', { numeric: true }));
}
