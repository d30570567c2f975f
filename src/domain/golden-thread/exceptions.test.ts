import { describe, expect, it } from 'vitest';
import type { RatingState } from '../model/types.js';
import { STATUSES, council } from '../../../test/support/council-fixture.js';
import { exceptionList } from './exceptions.js';

// Stand-ins for the rating scheme's own rules (src/domain/ratings), which are injected.
const SEVERITY: Partial<Record<RatingState, number>> = {
  action: 4,
  red: 4,
  missing: 3,
  review: 2,
  amber: 2,
};
const severityOf = (s: RatingState): number => SEVERITY[s] ?? 0;
const isException = (s: RatingState): boolean => severityOf(s) > 0;

describe('exceptionList', () => {
  it('lists only exceptions, most severe first', () => {
    expect(exceptionList(council().indicators, STATUSES, severityOf, isException)).toEqual([
      { indicatorId: 'ho2', state: 'action', severity: 4 },
      { indicatorId: 'wr2', state: 'missing', severity: 3 },
      { indicatorId: 'asc3', state: 'review', severity: 2 },
    ]);
  });

  it('breaks ties by indicator code in natural order (WR2 before WR10)', () => {
    const statuses = new Map<string, RatingState>([
      ['wr10', 'red'],
      ['wr2', 'red'],
      ['ho1', 'red'],
      ['asc3', 'amber'],
    ]);
    const rows = exceptionList(council().indicators, statuses, severityOf, isException);
    expect(rows.map((r) => r.indicatorId)).toEqual(['ho1', 'wr2', 'wr10', 'asc3']);
  });

  it('skips indicators with no rating and returns nothing when nothing is an exception', () => {
    const onlyGood = new Map<string, RatingState>([['ho1', 'good']]);
    expect(exceptionList(council().indicators, onlyGood, severityOf, isException)).toEqual([]);
    expect(exceptionList(council().indicators, new Map(), severityOf, isException)).toEqual([]);
  });
});
