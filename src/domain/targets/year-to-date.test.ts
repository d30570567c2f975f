import { describe, expect, it } from 'vitest';
import type { YtdMethod } from '../model/types.js';
import { SEASONAL_PROFILES } from './seasonal-profiles.js';
import { yearToDateTarget, yearToDateValue } from './year-to-date.js';

describe('yearToDateValue', () => {
  it('sum adds the figures, leaving out periods without one', () => {
    expect(yearToDateValue([120, null, 95.5, 80], 'sum')).toBe(295.5);
  });

  it('average is the mean of the figures present, not counting gaps as 0', () => {
    expect(yearToDateValue([80, null, 90], 'average')).toBe(85);
  });

  it('latest is the last figure present', () => {
    expect(yearToDateValue([3, 7, null], 'latest')).toBe(7);
    expect(yearToDateValue([3, 7, 0], 'latest')).toBe(0);
  });

  it.each<YtdMethod>(['sum', 'average', 'latest'])('%s of no figures is null', (method) => {
    expect(yearToDateValue([], method)).toBeNull();
    expect(yearToDateValue([null, null], method)).toBeNull();
  });

  it('refuses a non-finite figure, naming its position', () => {
    expect(() => yearToDateValue([1, Number.NaN], 'sum')).toThrow(/^values\[1\]:/);
  });

  it('refuses an unknown method', () => {
    expect(() => yearToDateValue([1], 'median' as YtdMethod)).toThrow(/^method:/);
  });
});

describe('yearToDateTarget', () => {
  it('aggregates the profiled targets the same way', () => {
    expect(yearToDateTarget([100, 100, 100], 'sum')).toBe(300);
    expect(yearToDateTarget([84, 80, 76], 'average')).toBe(80);
    expect(yearToDateTarget([84, 80, null], 'latest')).toBe(80);
    expect(yearToDateTarget([], 'sum')).toBeNull();
  });

  it('refuses a non-finite target, naming its position', () => {
    expect(() => yearToDateTarget([Number.POSITIVE_INFINITY], 'average')).toThrow(/^profile\[0\]:/);
  });
});

describe('SEASONAL_PROFILES', () => {
  it.each(Object.entries(SEASONAL_PROFILES))(
    '%s has 12 monthly weights averaging 1',
    (_name, weights) => {
      expect(weights).toHaveLength(12);
      expect(weights.reduce((a, w) => a + w, 0) / 12).toBeCloseTo(1, 9);
      for (const w of weights) expect(w).toBeGreaterThan(0);
    },
  );

  it('offers flat, winter-peak and summer-peak, peaking where the name says', () => {
    const winter = SEASONAL_PROFILES['winter-peak'] ?? [];
    const summer = SEASONAL_PROFILES['summer-peak'] ?? [];
    // April first: index 3 is July, index 9 is January.
    expect(winter[9]).toBeGreaterThan(winter[3] ?? Infinity);
    expect(summer[3]).toBeGreaterThan(summer[9] ?? Infinity);
    expect(new Set(SEASONAL_PROFILES.flat)).toEqual(new Set([1]));
  });
});
