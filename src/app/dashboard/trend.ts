// The recent run of authorised figures behind each dashboard row's sparkline. Only authorised
// figures, ending at the dashboard's period: a sparkline that drew a figure the dashboard does not
// count would tell the room two different stories.
import { tryParsePeriod } from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';

export interface TrendPoint {
  periodKey: string;
  periodLabel: string;
  value: number;
}

/** As many periods as a sparkline can show and still be read. */
export const TREND_PERIODS = 8;

/** Each indicator's last few authorised figures that ended by `upToEnd` (the dashboard period's last day). */
export async function loadTrends(
  deps: AppDeps,
  upToEnd: string,
): Promise<Map<string, TrendPoint[]>> {
  const byIndicator = new Map<string, (TrendPoint & { start: string })[]>();
  for (const item of await deps.store.query('returns')) {
    const f = item.fields;
    if (f.state !== 'authorised' || typeof f.value !== 'number') continue;
    const period = tryParsePeriod(f.periodKey);
    if (!period || period.end > upToEnd) continue;
    const list = byIndicator.get(f.indicatorId) ?? [];
    list.push({
      periodKey: period.key,
      periodLabel: period.label,
      value: f.value,
      start: period.start,
    });
    byIndicator.set(f.indicatorId, list);
  }
  const trends = new Map<string, TrendPoint[]>();
  for (const [id, list] of byIndicator) {
    list.sort((a, b) => a.start.localeCompare(b.start));
    trends.set(
      id,
      list
        .slice(-TREND_PERIODS)
        .map(({ periodKey, periodLabel, value }) => ({ periodKey, periodLabel, value })),
    );
  }
  return trends;
}
