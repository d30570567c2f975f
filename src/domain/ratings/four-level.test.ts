import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RatingLevel, UnitKind } from '../model/types.js';
import { rateValue, type RateInput } from './rate-value.js';

const FOUR = { kind: 'four-level' } as const;

function rate(value: number, target: number | null, over: Partial<RateInput> = {}) {
  return rateValue(
    { value, target, polarity: 'higher', unit: 'number', decimals: 2, contextOnly: false, ...over },
    FOUR,
  );
}

const ORDER: Record<string, number> = { strong: 0, good: 1, review: 2, action: 3 };

describe('four-level scheme (Derbyshire table)', () => {
  it.each([
    [84.01, 'strong'],
    [84, 'good'],
    [80, 'good'],
    [78.4, 'good'],
    [78.39, 'review'],
    [72, 'review'],
    [71.99, 'action'],
  ])('higher is better, target 80: %s → %s', (value, level) => {
    expect(rate(value, 80).state).toBe(level);
  });

  it.each([
    [9.4, 'strong'],
    [9.5, 'good'],
    [10.2, 'good'],
    [10.21, 'review'],
    [11, 'review'],
    [11.01, 'action'],
  ])('lower is better, target 10 days: %s → %s', (value, level) => {
    expect(rate(value, 10, { polarity: 'lower', unit: 'days' }).state).toBe(level);
  });

  it.each([
    [99, 'strong'],
    [98.9, 'good'],
    [100, 'strong'],
    [95.06, 'good'], // 95.1 at 1 dp: d ≈ −1.96%
    [95, 'review'], // d ≈ −2.06%
  ])('percentage target 97 (Strong from 2 per cent better): %s → %s', (value, level) => {
    expect(rate(value, 97, { unit: 'percentage', decimals: 1 }).state).toBe(level);
  });

  it('keeps the 5% Strong threshold for a percentage target of exactly 95', () => {
    expect(rate(99, 95, { unit: 'percentage' }).state).toBe('good'); // d ≈ 4.2%
    expect(rate(99.8, 95, { unit: 'percentage' }).state).toBe('strong'); // d ≈ 5.05%
  });

  it('keeps the 5% threshold for a non-percentage target above 95', () => {
    expect(rate(99, 97, { unit: 'count' }).state).toBe('good');
  });

  it('reports the signed relative difference, positive when better', () => {
    expect(rate(99, 97, { unit: 'percentage' }).relativeDifference).toBeCloseTo(2 / 97, 12);
    expect(rate(72, 80).relativeDifference).toBeCloseTo(-0.1, 12);
    expect(rate(9.4, 10, { polarity: 'lower' }).relativeDifference).toBeCloseTo(0.06, 12);
  });

  it('flags Review and Action as off target, Strong and Good not', () => {
    expect(rate(84.01, 80).offTarget).toBe(false);
    expect(rate(78.4, 80).offTarget).toBe(false);
    expect(rate(78.39, 80).offTarget).toBe(true);
    expect(rate(60, 80).offTarget).toBe(true);
  });

  it('100% performance is Strong even when it only meets the target', () => {
    expect(rate(100, 100, { unit: 'percentage' }).state).toBe('strong');
    expect(rate(0, 2, { unit: 'percentage', polarity: 'lower' }).state).toBe('strong');
    // Not for other units: 100 against 100 is simply on target.
    expect(rate(100, 100, { unit: 'count' }).state).toBe('good');
  });

  it('rounds value and target to the decimal places first', () => {
    expect(rate(78.396, 80, { decimals: 1 }).state).toBe('good'); // 78.4 → exactly −2%
    expect(rate(78.396, 80, { decimals: 3 }).state).toBe('review');
    expect(rate(84.004, 80, { decimals: 2 }).state).toBe('good'); // 84.00
    expect(rate(84.0051, 80.0049, { decimals: 2 }).state).toBe('strong'); // 84.01 vs 80.00
  });

  describe('target 0 (relative difference undefined)', () => {
    it.each<[number, 'higher' | 'lower', UnitKind, RatingLevel]>([
      [0, 'higher', 'count', 'good'],
      [3, 'higher', 'count', 'strong'],
      [-1, 'higher', 'number', 'action'],
      [0, 'lower', 'count', 'good'],
      [2, 'lower', 'count', 'action'],
      [-2, 'lower', 'number', 'strong'],
      [0, 'lower', 'percentage', 'strong'],
    ])('value %s, %s is better, %s → %s', (value, polarity, unit, level) => {
      const result = rate(value, 0, { polarity, unit });
      expect(result.state).toBe(level);
      expect(result.relativeDifference).toBeNull();
    });

    it('treats a target that rounds to 0 as 0', () => {
      expect(rate(1, 0.004, { decimals: 2, unit: 'count' }).state).toBe('strong');
    });
  });

  it('works with a negative target, better still meaning the polarity', () => {
    // Net budget position, target −100 (higher is better): −90 is 10% better.
    expect(rate(-90, -100).state).toBe('strong');
    expect(rate(-110, -100).state).toBe('review');
  });

  describe('properties', () => {
    const target = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);
    const value = fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 100);
    const unit = fc.constantFrom<UnitKind>('number', 'percentage', 'count', 'days');

    it('monotonic: a better value never gets a worse level', () => {
      fc.assert(
        fc.property(
          target,
          value,
          value,
          fc.constantFrom('higher' as const, 'lower' as const),
          unit,
          (t0, a0, b0, polarity, u) => {
            // Figures and targets stay possible for the unit (a percentage is 0–100), as the
            // workflow guarantees before anything is rated; the 100% rule is only meaningful there.
            const clamp = (x: number) =>
              u === 'percentage' ? Math.min(100, Math.abs(x) % 101) : x;
            const [t, a, b] = [clamp(t0), clamp(a0), clamp(b0)];
            const [worse, better] =
              polarity === 'higher'
                ? [Math.min(a, b), Math.max(a, b)]
                : [Math.max(a, b), Math.min(a, b)];
            const lw = rate(worse, t, { polarity, unit: u }).state;
            const lb = rate(better, t, { polarity, unit: u }).state;
            expect(ORDER[lb]).toBeLessThanOrEqual(ORDER[lw] ?? -1);
          },
        ),
      );
    });

    it('polarity symmetry: higher(v, t) equals lower(−v, −t) for units without a 100% rule', () => {
      fc.assert(
        fc.property(target, value, (t, v) => {
          const up = rate(v, t, { polarity: 'higher' });
          const down = rate(-v, -t, { polarity: 'lower' });
          expect(down.state).toBe(up.state);
          expect(down.relativeDifference ?? 0).toBeCloseTo(up.relativeDifference ?? 0, 12);
        }),
      );
    });

    it('polarity symmetry: moving the same distance from the target rates the same both ways', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 10_000 }),
          fc.integer({ min: -20_000, max: 20_000 }),
          (t, gap) => {
            const higher = rate(t + gap / 100, t, { polarity: 'higher' }).state;
            const lower = rate(t - gap / 100, t, { polarity: 'lower' }).state;
            expect(lower).toBe(higher);
          },
        ),
      );
    });
  });
});
