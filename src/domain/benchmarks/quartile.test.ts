import { describe, expect, it } from 'vitest';
import { averageLabel, groupAverage } from './average.js';
import { quartileOf, type QuartileInput } from './quartile.js';
import { ordinal, placeWords, quartileWords } from './words.js';

const rank = (over: Partial<QuartileInput>) =>
  quartileOf({ polarity: 'higher', decimals: 1, council: 50, members: [], ...over });

const NEIGHBOURS = { name: 'CIPFA nearest neighbours', kind: 'nearest-neighbours' } as const;

describe('the quartile rule (the worked examples in quartile.ts)', () => {
  it('counts only members strictly better: a member equal to the council is not', () => {
    // 60 and 55 are better; the 50 ties; p = 3, n = 5, ceil(12 / 5) = 3.
    expect(rank({ council: 50, members: [60, 55, 50, 40] })).toEqual({
      kind: 'ranked',
      quartile: 3,
      position: 3,
      of: 5,
      members: 4,
    });
  });

  it('ranks lower-is-better figures with the lowest first', () => {
    // Only 5 days is better than 8: p = 2, n = 4, ceil(8 / 4) = 2.
    const result = rank({ polarity: 'lower', council: 8, members: [5, 10, 12] });
    expect(result).toMatchObject({ quartile: 2, position: 2, of: 4 });
    // The same figures higher-is-better: 10 and 12 are better, p = 3, ceil(12 / 4) = 3.
    expect(rank({ council: 8, members: [5, 10, 12] })).toMatchObject({ quartile: 3, position: 3 });
  });

  it('places the 5th of 16 neighbours plus the council in the 2nd quartile', () => {
    const members = [90, 89, 88, 87, ...Array.from({ length: 12 }, (_, i) => 40 + i)];
    expect(rank({ council: 60, members })).toMatchObject({
      quartile: 2,
      position: 5,
      of: 17,
      members: 16,
    });
  });

  it('with one member: better than it is the 2nd quartile, worse the 4th', () => {
    expect(rank({ council: 70, members: [60] })).toMatchObject({ quartile: 2, position: 1, of: 2 });
    expect(rank({ council: 70, members: [80] })).toMatchObject({ quartile: 4, position: 2, of: 2 });
  });

  it('is the 1st quartile for the best and the 4th for the worst of a full group', () => {
    const members = [10, 20, 30, 40, 50, 60, 70];
    expect(rank({ council: 99, members })).toMatchObject({ quartile: 1, position: 1 });
    expect(rank({ council: 1, members })).toMatchObject({ quartile: 4, position: 8, of: 8 });
  });

  it('compares at the indicator’s decimal places, so a tie people see is a tie', () => {
    // 45.04 and 45.01 are both 45.0 at 1 dp: the member is not strictly better.
    expect(rank({ council: 45.01, members: [45.04] })).toMatchObject({ position: 1 });
    // At 2 dp they differ and the member is better.
    expect(rank({ decimals: 2, council: 45.01, members: [45.04] })).toMatchObject({ position: 2 });
  });

  it('gives no quartile, and why, without polarity, members or the council’s figure', () => {
    expect(rank({ polarity: 'none', members: [60] })).toEqual({
      kind: 'unranked',
      reason: 'no-polarity',
      members: 1,
    });
    expect(rank({ members: [] })).toEqual({ kind: 'unranked', reason: 'no-members', members: 0 });
    expect(rank({ council: null, members: [60, 70] })).toEqual({
      kind: 'unranked',
      reason: 'no-figure',
      members: 2,
    });
  });
});

describe('the quartile in words', () => {
  it('names the group by its members with a figure, and the place by n with the council', () => {
    const members = [90, 89, 88, 87, ...Array.from({ length: 12 }, (_, i) => 40 + i)];
    const result = rank({ council: 60, members });
    expect(quartileWords(result, NEIGHBOURS)).toBe('2nd quartile of 16 CIPFA nearest neighbours');
    expect(placeWords(result)).toBe('5th of 17, counting the council');
    expect(quartileWords(result, { name: 'England', kind: 'england' })).toBe(
      '2nd quartile of 16 councils in England',
    );
  });

  it('says why there is no quartile', () => {
    expect(quartileWords(rank({ polarity: 'none', members: [1] }), NEIGHBOURS)).toBe(
      'No quartile: the indicator has no better direction to rank by',
    );
    expect(quartileWords(rank({ council: null, members: [1] }), NEIGHBOURS)).toMatch(
      /no authorised figure/,
    );
    expect(placeWords(rank({ council: null, members: [1] }))).toBeNull();
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [112, '112th'],
  ])('ordinal %i is %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });
});

describe('the group average', () => {
  it('takes the published average when there is one, else the mean, labelled as such', () => {
    expect(groupAverage([40, 60], 55)).toEqual({ value: 55, basis: 'published' });
    const mean = groupAverage([40, 60, 62], null)!;
    expect(mean).toEqual({ value: 54, basis: 'mean' });
    expect(averageLabel('CIPFA nearest neighbours', mean, 3)).toBe(
      "CIPFA nearest neighbours: mean of the 3 members' figures",
    );
    expect(averageLabel('CIPFA nearest neighbours', { value: 55, basis: 'published' }, 3)).toBe(
      'CIPFA nearest neighbours average',
    );
    expect(groupAverage([], null)).toBeNull();
  });
});
