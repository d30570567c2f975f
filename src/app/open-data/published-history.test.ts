// The open-data history on a real SQLite store holding the demo council built for a fixed day:
// every authorised figure of every published, live indicator and nothing else, oldest period first
// within each indicator, and the periods the picker offers are exactly those figures' periods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparePeriods } from '../../domain/periods/index.js';
import { demoAt } from '../../../test/support/demo-at.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { publishedHistory } from './published-history.js';
import { publishedPeriods } from './published-periods.js';

let deps: AppDeps;
beforeAll(async () => (deps = await demoAt()));
afterAll(() => deps.store.close());

describe('the published history', () => {
  it('holds every authorised figure of published, live indicators, and nothing else', async () => {
    const cat = await loadCatalogue(deps.store);
    const { figures } = await publishedHistory(deps);
    const returns = await deps.store.query('returns');
    const expected = returns
      .filter((r) => {
        const i = cat.indicators.get(r.fields.indicatorId);
        return (
          i?.published && !i.retired && r.fields.state === 'authorised' && r.fields.value !== null
        );
      })
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(figures.map((f) => f.ret.id).sort()).toEqual(expected);
    // The demo has unpublished indicators and unauthorised figures, so the filter is doing work.
    expect(returns.length).toBeGreaterThan(expected.length);
    expect(figures.every((f) => f.indicator.published && f.ret.state === 'authorised')).toBe(true);
  });

  it('orders by indicator code, then oldest period first', async () => {
    const { figures } = await publishedHistory(deps);
    for (let n = 1; n < figures.length; n++) {
      const [a, b] = [figures[n - 1]!, figures[n]!];
      const byCode = a.indicator.code.localeCompare(b.indicator.code, 'en-GB', { numeric: true });
      expect(byCode < 0 || (byCode === 0 && comparePeriods(a.period, b.period) < 0)).toBe(true);
    }
  });

  it("offers exactly the history's periods", async () => {
    const { figures } = await publishedHistory(deps);
    const keys = (await publishedPeriods(deps)).map((p) => p.key).sort();
    expect(keys).toEqual([...new Set(figures.map((f) => f.period.key))].sort());
  });
});
