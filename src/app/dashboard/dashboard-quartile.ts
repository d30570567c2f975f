// The comparator quartile beside each indicator on the dashboard (issue 16): the latest period, up
// to the row's own, that the indicator's group has figures for, since comparators are published
// late (LG Inform's are often a year behind) and a monthly row would otherwise never show one. Said
// with its period, so nobody reads last year's quartile as this month's. Context, never a rating.
import type { Quartile } from '../../domain/benchmarks/index.js';
import type { AppDeps } from '../deps.js';
import {
  authorisedFigures,
  latestPositionBefore,
  loadComparators,
} from '../benchmarks/position.js';
import type { IndicatorStatusRow } from '../status/index.js';

export interface DashboardQuartile {
  /** 1 (best) to 4, or null when there is none (`words` says why). */
  quartile: Quartile | null;
  /** "2nd quartile of 16 CIPFA nearest neighbours". */
  words: string;
  periodLabel: string;
}

/** By indicator id, for the rows whose group has figures; none read when no group has any. */
export async function dashboardQuartiles(
  deps: AppDeps,
  rows: readonly IndicatorStatusRow[],
): Promise<Map<string, DashboardQuartile>> {
  const out = new Map<string, DashboardQuartile>();
  const comparators = await loadComparators(deps.store);
  if (comparators.values.size === 0) return out;
  const authorised = await deps.store.query('returns', { state: 'authorised' });
  for (const row of rows) {
    const figures = authorisedFigures(
      authorised.filter((r) => r.fields.indicatorId === row.indicator.id).map((r) => r.fields),
      row.indicator,
    );
    // Every period starting before the row's ends: the row's own and those before it.
    const p = latestPositionBefore(comparators, row.indicator, row.period.end, figures);
    if (p)
      out.set(row.indicator.id, {
        quartile: p.quartile,
        words: p.words,
        periodLabel: p.periodLabel,
      });
  }
  return out;
}
