// The dashboard's sparklines (issue #19): over real HTTP on the demo council, each row's trend is
// its indicator's authorised figures only, oldest first, none after the dashboard's period, at most
// TREND_PERIODS of them, each written by the one formatter the row's own figure uses.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/domain/periods/index.js';
import { formatFigure } from '../../src/domain/values/index.js';
import { TREND_PERIODS } from '../../src/app/dashboard/trend.js';
import { leaderDashboardForFile } from './leader-dashboard.js';

const { server, dashboard } = leaderDashboardForFile();

describe('the trend behind each sparkline', () => {
  it('is the authorised run of figures up to the period, in order, formatted as the row', async () => {
    const d = await dashboard();
    const end = parsePeriod(d.period.key).end;
    const returns = await server().deps.store.query('returns');
    const indicators = new Map(
      (await server().deps.store.query('indicators')).map((i) => [i.id, i.fields]),
    );
    let checked = 0;
    for (const row of d.indicators) {
      const expected = returns
        .filter(
          (r) =>
            r.fields.indicatorId === row.indicatorId &&
            r.fields.state === 'authorised' &&
            typeof r.fields.value === 'number' &&
            parsePeriod(r.fields.periodKey).end <= end,
        )
        .map((r) => ({ key: r.fields.periodKey, start: parsePeriod(r.fields.periodKey).start }))
        .sort((a, b) => a.start.localeCompare(b.start))
        .slice(-TREND_PERIODS)
        .map((r) => parsePeriod(r.key).key);
      expect(
        row.trend.map((p) => p.periodKey),
        row.code,
      ).toEqual(expected);
      const indicator = indicators.get(row.indicatorId)!;
      for (const p of row.trend) expect(p.valueText).toBe(formatFigure(p.value, indicator));
      if (row.trend.length > 1) checked += 1;
    }
    // The demo council has history: the check above must have had runs of figures to look at.
    expect(checked).toBeGreaterThan(5);
  }, 60_000);
});
