import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativeDifference } from './relative-difference.js';
import { roundTo } from './rounding.js';

describe('roundTo', () => {
  it.each([
    [78.396, 1, 78.4],
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.004, 2, 0],
    [33.335, 2, 33.34],
    [1234.5678, 0, 1235],
  ])('%s at %s dp → %s', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundTo(-0.001, 1), 0)).toBe(true);
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const once = roundTo(x, d);
          expect(roundTo(once, d)).toBe(once);
          expect(Math.abs(once - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
        },
      ),
    );
  });

  it('refuses non-finite values and bad decimals', () => {
    expect(() => roundTo(Number.NaN, 2)).toThrow(/^value:/);
    expect(() => roundTo(1, 2.5)).toThrow(/^decimals:/);
  });
});

describe('relativeDifference', () => {
  it('is positive when better, for either polarity', () => {
    expect(relativeDifference(84, 80, 'higher')).toBeCloseTo(0.05, 12);
    expect(relativeDifference(76, 80, 'higher')).toBeCloseTo(-0.05, 12);
    expect(relativeDifference(9, 10, 'lower')).toBeCloseTo(0.1, 12);
    expect(relativeDifference(-90, -100, 'higher')).toBeCloseTo(0.1, 12);
  });

  it('refuses a target of 0 and non-finite input', () => {
    expect(() => relativeDifference(1, 0, 'higher')).toThrow(/^target:/);
    expect(() => relativeDifference(Number.NaN, 1, 'higher')).toThrow(/^value:/);
  });
});
