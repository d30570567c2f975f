// The quartile beside each indicator on the dashboard (issue 16), on the demo council in a real
// SQLite store read at a fixed moment: the row's own period where the group has figures for it,
// else the latest earlier period, said with its period; none where no group has figures; the
// rating unchanged by any of it. The indicators are found in the data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearComparators, standAgainstNewGroup } from '../../../test/support/comparators.js';
import { demoAt } from '../../../test/support/demo-at.js';
import { tryParsePeriod } from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';
import { buildDashboard, type DashboardRow } from './index.js';

let deps: AppDeps;
beforeEach(async () => {
  deps = await demoAt();
  // The demo's own comparators out of the way: this test gives figures to two indicators only.
  await clearComparators(deps.store);
});
afterEach(async () => {
  await deps.store.close();
});

/** Rows with a polarity and an authorised figure now, and one a period earlier. */
async function rankedRows(): Promise<{ row: DashboardRow; earlierKey: string; earlier: number }[]> {
  const dashboard = await buildDashboard(deps);
  const out = [];
  for (const row of dashboard.indicators) {
    const indicator = (await deps.store.get('indicators', row.indicatorId))!.fields;
    if (indicator.polarity === 'none' || !row.authorised || row.value === null) continue;
    const returns = await deps.store.query('returns', { indicatorId: row.indicatorId });
    const start = tryParsePeriod(row.periodKey)!.start;
    const before = returns
      .filter((r) => r.fields.state === 'authorised' && r.fields.value !== null)
      .filter((r) => tryParsePeriod(r.fields.periodKey)!.start < start)
      .sort((a, b) => a.fields.periodKey.localeCompare(b.fields.periodKey))
      .at(-1);
    if (before)
      out.push({ row, earlierKey: before.fields.periodKey, earlier: before.fields.value! });
  }
  return out;
}

describe('the quartile on the dashboard', () => {
  it('is the row’s period’s where there are figures for it, else the latest before, with its period', async () => {
    const [now, lagging] = await rankedRows();
    expect(lagging, 'two rated indicators with figures').toBeDefined();
    // 4 better, 12 worse → the 2nd quartile of 16, for the row's own period.
    await standAgainstNewGroup(deps.store, now!.row.indicatorId, [
      { periodKey: now!.row.periodKey, council: now!.row.value!, better: 4, worse: 12 },
    ]);
    // Only an earlier period's figures, as published comparators lag: worse than all 3 → 4th.
    await standAgainstNewGroup(
      deps.store,
      lagging!.row.indicatorId,
      [{ periodKey: lagging!.earlierKey, council: lagging!.earlier, better: 3, worse: 0 }],
      'Test county councils',
    );
    const rows = (await buildDashboard(deps)).indicators;
    const of = (id: string) => rows.find((r) => r.indicatorId === id)!;
    expect(of(now!.row.indicatorId).quartile).toEqual({
      quartile: 2,
      words: '2nd quartile of 16 Test nearest neighbours',
      periodLabel: now!.row.periodLabel,
    });
    expect(of(lagging!.row.indicatorId).quartile).toEqual({
      quartile: 4,
      words: '4th quartile of 3 Test county councils',
      periodLabel: tryParsePeriod(lagging!.earlierKey)!.label,
    });
    // Context, never a rating; and no quartile where no group has figures.
    expect(of(now!.row.indicatorId).rating).toEqual(now!.row.rating);
    const others = rows.filter(
      (r) => r.indicatorId !== now!.row.indicatorId && r.indicatorId !== lagging!.row.indicatorId,
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r.quartile === null)).toBe(true);
  });
});
