// Reading the comparator group and its figures from a real store: which group the quartile is
// against, only authorised figures ranked, the published average before the mean, periods in order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { importCsv } from '../import/index.js';
import { ADMIN_ID, HEADER, smallCouncil } from '../../../test/support/import-fixtures.js';
import { seedFigures, seedGroup, SOURCE } from '../../../test/support/comparators.js';
import {
  authorisedFigures,
  benchmarkPosition,
  benchmarkPositions,
  latestPositionBefore,
  loadComparators,
  primaryGroup,
} from './position.js';

let deps: AppDeps;
let wr01: Indicator;
beforeEach(async () => {
  deps = await smallCouncil();
  const file = [
    `${HEADER},service`,
    'WR01,Household waste recycled,higher,%,quarterly,2025/26 Q1,45,46.2,Waste and Recycling',
  ].join('\n');
  await importCsv(deps, file, { actorId: ADMIN_ID });
  wr01 = [...(await loadCatalogue(deps.store)).indicators.values()].find((i) => i.code === 'WR01')!;
});
afterEach(async () => {
  await deps.store.close();
});

const at = (groupId: string, periodKey: string) => ({ indicatorId: wr01.id, periodKey, groupId });

describe('the group a quartile is against', () => {
  it('is the primary group, else the nearest neighbours group, else none', async () => {
    expect(primaryGroup(await loadComparators(deps.store), wr01)).toBeNull();
    const region = await seedGroup(deps.store, 3, 'East of England', 'region');
    expect(primaryGroup(await loadComparators(deps.store), wr01)).toBeNull();
    const neighbours = await seedGroup(deps.store, 3);
    const c = await loadComparators(deps.store, wr01.id);
    expect(primaryGroup(c, wr01)?.id).toBe(neighbours);
    expect(primaryGroup(c, { ...wr01, primaryGroupId: region })?.id).toBe(region);
    // A primary group since removed ranks against none rather than quietly another.
    expect(primaryGroup(c, { ...wr01, primaryGroupId: 'gone' })).toBeNull();
  });
});

describe('a period’s position', () => {
  it('ranks the authorised figure, with the published average when there is one', async () => {
    const groupId = await seedGroup(deps.store, 3);
    await seedFigures(deps.store, at(groupId, '2025/26 Q1'), [50, 44, 40], 47.5);
    const c = await loadComparators(deps.store, wr01.id);
    const p = benchmarkPosition(c, wr01, '2025/26 Q1', 46.2)!;
    expect(p).toMatchObject({
      periodLabel: 'Q1 2025/26',
      quartile: 2, // one better: p = 2, n = 4, ceil(8 / 4) = 2
      position: 2,
      of: 4,
      members: 3,
      councilText: '46.2%',
      words: '2nd quartile of 3 CIPFA nearest neighbours',
      placeWords: '2nd of 4, counting the council',
      average: { value: 47.5, text: '47.5%', label: 'CIPFA nearest neighbours average' },
      source: SOURCE,
    });
    expect(benchmarkPosition(c, wr01, '2025/26 Q1', null)).toMatchObject({
      quartile: null,
      words: 'No quartile: no authorised figure for the period',
    });
    expect(benchmarkPosition(c, { ...wr01, polarity: 'none' }, '2025/26 Q1', 46.2)).toMatchObject({
      quartile: null,
      average: { value: 47.5 },
    });
    // No member figures for the period: nothing to show.
    expect(benchmarkPosition(c, wr01, '2025/26 Q2', 46.2)).toBeNull();
  });

  it('takes the mean of the members when no average was published, and says so', async () => {
    const groupId = await seedGroup(deps.store, 2);
    await seedFigures(deps.store, at(groupId, '2025/26 Q1'), [50, 40]);
    const p = benchmarkPosition(await loadComparators(deps.store), wr01, '2025/26 Q1', 46.2)!;
    expect(p.average).toEqual({
      value: 45,
      text: '45.0%',
      label: "CIPFA nearest neighbours: mean of the 2 members' figures",
      basis: 'mean',
    });
  });
});

describe('positions over time', () => {
  it('lists the periods with figures oldest first; a card shows the latest before its own', async () => {
    const groupId = await seedGroup(deps.store, 2);
    await seedFigures(deps.store, at(groupId, '2025/26 Q1'), [50, 40]);
    await seedFigures(deps.store, at(groupId, '2024/25 Q4'), [30, 40]);
    const c = await loadComparators(deps.store, wr01.id);
    const returns = [
      { periodKey: '2024/25 Q4', state: 'authorised' as const, value: 44 },
      // Entered, not authorised: never ranked.
      { periodKey: '2025/26 Q1', state: 'checked' as const, value: 46.2 },
    ];
    const figures = authorisedFigures(returns, wr01);
    const all = benchmarkPositions(c, wr01, figures);
    expect(all.map((p) => [p.periodKey, p.quartile])).toEqual([
      ['2024/25 Q4', 2], // better than both: p = 1, n = 3, ceil(4 / 3) = 2
      ['2025/26 Q1', null],
    ]);
    // The Q2 card shows Q1's; the Q1 card shows Q4's; a card before any figures, none.
    expect(latestPositionBefore(c, wr01, '2025-07-01', figures)?.periodKey).toBe('2025/26 Q1');
    expect(latestPositionBefore(c, wr01, '2025-04-01', figures)?.periodKey).toBe('2024/25 Q4');
    expect(latestPositionBefore(c, wr01, '2025-01-01', figures)).toBeNull();
  });
});

describe("the council's figure for a year's comparators", () => {
  const quarters = (values: (number | null)[], state: 'authorised' | 'checked' = 'authorised') =>
    values.map((value, i) => ({ periodKey: `2024/25 Q${i + 1}`, state, value }));

  it('is the outturn of a sub-annual indicator once the whole year is authorised', () => {
    const sum = { frequency: 'quarterly' as const, ytd: 'sum' as const };
    expect(authorisedFigures(quarters([10, 20, 30, 40]), sum)('2024/25')).toBe(100);
    const mean = { ...sum, ytd: 'average' as const };
    expect(authorisedFigures(quarters([10, 20, 30, 40]), mean)('2024/25')).toBe(25);
    const latest = { ...sum, ytd: 'latest' as const };
    expect(authorisedFigures(quarters([10, 20, 30, 40]), latest)('2024/25')).toBe(40);
    // A quarter's own figure is still its own.
    expect(authorisedFigures(quarters([10, 20, 30, 40]), sum)('2024/25 Q2')).toBe(20);
  });

  it('is none for a part year, a year with a figure not available, or one not yet authorised', () => {
    const sum = { frequency: 'quarterly' as const, ytd: 'sum' as const };
    expect(authorisedFigures(quarters([10, 20, 30]), sum)('2024/25')).toBeNull();
    expect(authorisedFigures(quarters([10, null, 30, 40]), sum)('2024/25')).toBeNull();
    const three = [...quarters([10, 20, 30]), ...quarters([0, 0, 0, 40], 'checked').slice(3)];
    expect(authorisedFigures(three, sum)('2024/25')).toBeNull();
    // Another year's quarters do not count towards this one.
    expect(authorisedFigures(quarters([10, 20, 30, 40]), sum)('2025/26')).toBeNull();
  });
});
