import { describe, expect, it } from 'vitest';
import { byCode, countByRating, countIds } from './counts.js';

describe('countByRating', () => {
  it('counts each rating and the total', () => {
    expect(countByRating(['good', 'action', 'good', 'not-due'])).toEqual({
      good: 2,
      action: 1,
      'not-due': 1,
      total: 4,
    });
  });

  it('gives a total of zero and no ratings for nothing', () => {
    expect(countByRating([])).toEqual({ total: 0 });
  });
});

describe('countIds', () => {
  it('counts each id once and skips ids with no rating', () => {
    const ratings = new Map([
      ['a', 'red' as const],
      ['b', 'green' as const],
    ]);
    expect(countIds(['a', 'a', 'b', 'zzz'], ratings)).toEqual({ red: 1, green: 1, total: 2 });
  });
});

describe('byCode', () => {
  it('sorts codes naturally', () => {
    expect(['PI 10', 'PI 2', 'AB1'].sort(byCode)).toEqual(['AB1', 'PI 2', 'PI 10']);
  });
});
