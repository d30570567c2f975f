import { describe, expect, it } from 'vitest';
import { STATUSES, council } from '../../../test/support/council-fixture.js';
import { rollUp } from './roll-up.js';

describe('rollUp', () => {
  it('by priority: each indicator once per priority it reaches through its objectives', () => {
    expect(rollUp(council(), STATUSES, 'priority')).toEqual([
      {
        id: 'p1',
        name: 'Thriving communities',
        counts: { good: 1, action: 1, review: 1, strong: 1, total: 4 },
      },
      { id: 'p2', name: 'Green and clean', counts: { strong: 1, total: 1 } },
    ]);
  });

  it('by objective, in priority then code order', () => {
    expect(rollUp(council(), STATUSES, 'objective')).toEqual([
      {
        id: 'o11',
        name: 'Reduce homelessness',
        counts: { good: 1, action: 1, strong: 1, total: 3 },
      },
      { id: 'o12', name: 'Support independent living', counts: { action: 1, review: 1, total: 2 } },
      { id: 'o21', name: 'Increase recycling', counts: { strong: 1, total: 1 } },
    ]);
  });

  it('by service, sorted by name; unlinked indicators still count for their service', () => {
    expect(rollUp(council(), STATUSES, 'service')).toEqual([
      {
        id: 's-hous',
        name: 'Housing Options',
        counts: { good: 1, action: 1, review: 1, total: 3 },
      },
      { id: 's-waste', name: 'Waste and Recycling', counts: { strong: 1, missing: 1, total: 2 } },
    ]);
  });

  it('by directorate, through each indicator’s service', () => {
    expect(rollUp(council(), STATUSES, 'directorate')).toEqual([
      { id: 'd-people', name: 'People', counts: { good: 1, action: 1, review: 1, total: 3 } },
      { id: 'd-place', name: 'Place', counts: { strong: 1, missing: 1, total: 2 } },
    ]);
  });

  it('by portfolio, listing a portfolio with nothing in view as zero', () => {
    expect(rollUp(council(), STATUSES, 'portfolio')).toEqual([
      { id: 'pf-comm', name: 'Communities', counts: { good: 1, action: 1, review: 1, total: 3 } },
      { id: 'pf-env', name: 'Environment', counts: { strong: 1, missing: 1, total: 2 } },
      { id: 'pf-fin', name: 'Finance', counts: { total: 0 } },
    ]);
  });

  it('does not count indicators with no rating for the period, or whose service is unknown', () => {
    const input = council();
    input.indicators.push({ ...input.indicators[0]!, id: 'an1', code: 'AN1', serviceId: 's-hous' });
    input.indicators.push({
      ...input.indicators[0]!,
      id: 'orph',
      code: 'OR1',
      serviceId: 's-gone',
    });
    const statuses = new Map(STATUSES).set('orph', 'red');
    expect(rollUp(input, statuses, 'service').map((r) => r.counts.total)).toEqual([3, 2]);
    expect(rollUp(input, statuses, 'directorate').map((r) => r.counts.total)).toEqual([3, 2]);
    expect(rollUp(input, statuses, 'portfolio').map((r) => r.counts.total)).toEqual([3, 2, 0]);
    // 'orph' copies WR10's objectives, so it does count by priority.
    expect(rollUp(input, statuses, 'priority')).toMatchObject([
      { id: 'p1', counts: { red: 1, total: 5 } },
      { id: 'p2', counts: { red: 1, total: 2 } },
    ]);
  });

  it('ignores objective ids that are not in the plan', () => {
    const input = council();
    input.indicators = input.indicators.map((i) =>
      i.id === 'ho1' ? { ...i, objectiveIds: ['o-old', 'o11', 'o11'] } : i,
    );
    expect(rollUp(input, STATUSES, 'objective')[0]?.counts).toEqual({
      good: 1,
      action: 1,
      strong: 1,
      total: 3,
    });
    expect(rollUp(input, STATUSES, 'priority')[0]?.counts.total).toBe(4);
  });
});
