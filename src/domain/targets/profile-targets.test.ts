import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { roundTo } from '../ratings/index.js';
import { profileTargets } from './profile-targets.js';
import { SEASONAL_PROFILES } from './seasonal-profiles.js';
import { yearToDateTarget } from './year-to-date.js';

const MONTHS = ['04', '05', '06', '07', '08', '09', '10', '11', '12']
  .map((m) => `2025-${m}`)
  .concat(['2026-01', '2026-02', '2026-03']);
const QUARTERS = ['2025/26 Q1', '2025/26 Q2', '2025/26 Q3', '2025/26 Q4'];

/** Adds parts in whole units at the decimals, so the check itself has no floating-point drift. */
function unitsTotal(parts: Record<string, number>, decimals: number): number {
  return Object.values(parts).reduce((acc, p) => acc + Math.round(p * 10 ** decimals), 0);
}

describe('profileTargets: sum', () => {
  it('annual 1,200 over 12 months, flat → 100 each, keyed in order', () => {
    const profile = profileTargets(1200, MONTHS, 'sum');
    expect(Object.keys(profile)).toEqual(MONTHS);
    expect(Object.values(profile)).toEqual(new Array(12).fill(100));
  });

  it('annual 1,200 over 4 quarters weighted [1, 2, 3, 4] → 120, 240, 360, 480', () => {
    expect(profileTargets(1200, QUARTERS, 'sum', [1, 2, 3, 4])).toEqual({
      '2025/26 Q1': 120,
      '2025/26 Q2': 240,
      '2025/26 Q3': 360,
      '2025/26 Q4': 480,
    });
  });

  it('100 over 3 at 2 dp → 33.33, 33.33, 33.34 (the last period takes the rounding)', () => {
    const profile = profileTargets(100, ['a', 'b', 'c'], 'sum');
    expect(Object.values(profile)).toEqual([33.33, 33.33, 33.34]);
    expect(unitsTotal(profile, 2)).toBe(10_000);
  });

  it('whole numbers at 0 dp: 10 over 4 → 2, 2, 3, 3', () => {
    expect(Object.values(profileTargets(10, QUARTERS, 'sum', undefined, 0))).toEqual([2, 2, 3, 3]);
  });

  it('gives the leftover units to the largest remainders first', () => {
    // 10 weighted [1, 1, 3] → shares 2, 2, 6 exact; 11 → 2.2, 2.2, 6.6 → 2, 2, 7.
    expect(Object.values(profileTargets(11, ['a', 'b', 'c'], 'sum', [1, 1, 3], 0))).toEqual([
      2, 2, 7,
    ]);
  });

  it('splits a negative annual (a net saving) the same way', () => {
    expect(Object.values(profileTargets(-100, ['a', 'b', 'c'], 'sum'))).toEqual([
      -33.33, -33.33, -33.34,
    ]);
  });

  it('a zero weight gives that period nothing', () => {
    expect(Object.values(profileTargets(90, ['a', 'b', 'c'], 'sum', [1, 0, 2], 0))).toEqual([
      30, 0, 60,
    ]);
  });

  it('with the winter-peak profile puts more of the year in January than in July', () => {
    const weights = SEASONAL_PROFILES['winter-peak'] ?? [];
    const profile = profileTargets(12_000, MONTHS, 'sum', weights, 0);
    expect(profile['2026-01']).toBe(1250);
    expect(profile['2025-07']).toBe(800);
    expect(unitsTotal(profile, 0)).toBe(12_000);
  });

  it('parts always add up exactly to the annual at the decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 13 })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 3 }),
        (annual, weights, decimals) => {
          const keys = weights.map((_, i) => `p${i}`);
          const profile = profileTargets(annual, keys, 'sum', weights, decimals);
          expect(unitsTotal(profile, decimals)).toBe(
            Math.round(roundTo(annual, decimals) * 10 ** decimals),
          );
          for (const part of Object.values(profile)) expect(roundTo(part, decimals)).toBe(part);
        },
      ),
    );
  });

  it('YTD of a full year of a sum profile equals the annual (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100),
        fc.constantFrom(...Object.values(SEASONAL_PROFILES)),
        (annual, weights) => {
          const profile = profileTargets(annual, MONTHS, 'sum', weights, 2);
          const ytd = yearToDateTarget(Object.values(profile), 'sum');
          expect(roundTo(ytd ?? Number.NaN, 2)).toBe(annual);
        },
      ),
    );
  });
});

describe('profileTargets: average and latest', () => {
  it('every period gets the annual without weights', () => {
    expect(profileTargets(85, QUARTERS, 'average')).toEqual({
      '2025/26 Q1': 85,
      '2025/26 Q2': 85,
      '2025/26 Q3': 85,
      '2025/26 Q4': 85,
    });
    expect(Object.values(profileTargets(12.5, ['a', 'b'], 'latest'))).toEqual([12.5, 12.5]);
  });

  it('weights are multipliers of the annual, rounded at the decimals', () => {
    expect(
      Object.values(profileTargets(80, QUARTERS, 'average', [1.05, 1, 0.95, 1.003], 1)),
    ).toEqual([84, 80, 76, 80.2]);
  });

  it('a seasonal profile that averages 1 keeps the YTD average on the annual', () => {
    const weights = SEASONAL_PROFILES['summer-peak'] ?? [];
    const profile = profileTargets(60, MONTHS, 'average', weights, 2);
    expect(yearToDateTarget(Object.values(profile), 'average')).toBeCloseTo(60, 9);
  });
});

describe('profileTargets: bad input', () => {
  it.each<[string, () => unknown, string]>([
    ['annual NaN', () => profileTargets(Number.NaN, QUARTERS, 'sum'), 'annual'],
    ['no periods', () => profileTargets(100, [], 'sum'), 'periodKeys'],
    ['blank key', () => profileTargets(100, ['a', ' '], 'sum'), 'periodKeys[1]'],
    ['repeated key', () => profileTargets(100, ['a', 'b', 'a'], 'sum'), 'periodKeys[2]'],
    ['too few weights', () => profileTargets(100, QUARTERS, 'sum', [1, 2]), 'weights'],
    ['negative weight', () => profileTargets(100, ['a', 'b'], 'average', [1, -1]), 'weights[1]'],
    [
      'infinite weight',
      () => profileTargets(100, ['a'], 'sum', [Number.POSITIVE_INFINITY]),
      'weights[0]',
    ],
    ['all weights zero', () => profileTargets(100, ['a', 'b'], 'sum', [0, 0]), 'weights'],
    ['bad decimals', () => profileTargets(100, ['a'], 'sum', undefined, 1.5), 'decimals'],
    ['too large to split', () => profileTargets(1e15, ['a'], 'sum', undefined, 4), 'annual'],
  ])('%s → ValidationError naming the field', (_label, call, field) => {
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}:`));
  });
});
