import { describe, expect, it } from 'vitest';
import * as thread from './index.js';
import { ACTION_RATINGS, STATUSES, council } from '../../../test/support/council-fixture.js';

describe('golden-thread public surface', () => {
  it('exposes the roll-up functions', () => {
    expect(Object.keys(thread).sort()).toEqual([
      'UNLINKED_ID',
      'UNLINKED_TITLE',
      'buildThread',
      'countByRating',
      'exceptionList',
      'rollUp',
    ]);
  });

  it('agrees between the tree and the priority roll-up', () => {
    const tree = thread.buildThread(council(), STATUSES, ACTION_RATINGS);
    const rows = thread.rollUp(council(), STATUSES, 'priority');
    expect(tree.children.slice(0, 2).map((p) => p.indicatorCounts)).toEqual(
      rows.map((r) => r.counts),
    );
  });
});
