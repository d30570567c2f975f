import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { RatingSchemeConfig } from '../model/types.js';
import { rateValue } from './rate-value.js';
import { validateRagTolerances } from './rag.js';

function rag(green: number, amber: number): RatingSchemeConfig {
  return { kind: 'rag', greenTolerance: green, amberTolerance: amber };
}

function rate(
  value: number,
  target: number,
  scheme: RatingSchemeConfig,
  polarity: 'higher' | 'lower' = 'higher',
) {
  return rateValue(
    { value, target, polarity, unit: 'number', decimals: 2, contextOnly: false },
    scheme,
  );
}

describe('three-level RAG scheme', () => {
  const scheme = rag(0, 0.05);

  it.each([
    [101, 'green'],
    [100, 'green'],
    [99.99, 'amber'],
    [95, 'amber'],
    [94.99, 'red'],
  ])('green tolerance 0, amber 5 per cent, target 100 (higher): %s → %s', (value, level) => {
    expect(rate(value, 100, scheme).state).toBe(level);
  });

  it('follows polarity: lower is better, target 20, tolerances 2% and 10%', () => {
    const s = rag(0.02, 0.1);
    expect(rate(20.4, 20, s, 'lower').state).toBe('green'); // exactly 2% worse
    expect(rate(20.41, 20, s, 'lower').state).toBe('amber');
    expect(rate(22, 20, s, 'lower').state).toBe('amber'); // exactly 10% worse
    expect(rate(22.01, 20, s, 'lower').state).toBe('red');
  });

  it('marks Amber and Red as off target', () => {
    expect(rate(100, 100, scheme).offTarget).toBe(false);
    expect(rate(97, 100, scheme).offTarget).toBe(true);
    expect(rate(50, 100, scheme).offTarget).toBe(true);
  });

  it('target 0: on target or better is Green, any shortfall Red', () => {
    expect(rate(0, 0, scheme).state).toBe('green');
    expect(rate(1, 0, scheme).state).toBe('green');
    expect(rate(-0.01, 0, scheme).state).toBe('red');
    expect(rate(0.01, 0, scheme, 'lower').state).toBe('red');
    expect(rate(0, 0, scheme).relativeDifference).toBeNull();
  });

  it('equal tolerances collapse Amber (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
        fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 100),
        fc.constantFrom('higher' as const, 'lower' as const),
        (tol, target, value, polarity) => {
          expect(rate(value, target, rag(tol, tol), polarity).state).not.toBe('amber');
        },
      ),
    );
  });

  it('a better value never gets a worse RAG level (property)', () => {
    const order = { green: 0, amber: 1, red: 2 } as Record<string, number>;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
        fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 100),
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        (target, value, step) => {
          const worse = rate(value, target, rag(0.02, 0.1)).state;
          const better = rate(value + step, target, rag(0.02, 0.1)).state;
          expect(order[better]).toBeLessThanOrEqual(order[worse] ?? -1);
        },
      ),
    );
  });

  describe('tolerance validation', () => {
    it('accepts 0 ≤ green ≤ amber ≤ 1', () => {
      expect(() => validateRagTolerances({ greenTolerance: 0, amberTolerance: 1 })).not.toThrow();
      expect(() =>
        validateRagTolerances({ greenTolerance: 0.1, amberTolerance: 0.1 }),
      ).not.toThrow();
    });

    it.each([
      [-0.01, 0.05, 'greenTolerance'],
      [0, 1.5, 'amberTolerance'],
      [Number.NaN, 0.05, 'greenTolerance'],
      [0.1, 0.05, 'amberTolerance'],
    ])('refuses green %s, amber %s, naming %s', (green, amber, field) => {
      try {
        rate(100, 100, rag(green, amber));
        expect.unreachable('should have thrown');
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).problems.map((p) => p.field)).toContain(field);
      }
    });

    it('names both tolerances when both are out of range', () => {
      expect(() => validateRagTolerances({ greenTolerance: 2, amberTolerance: -1 })).toThrow(
        /greenTolerance.*amberTolerance/,
      );
    });
  });
});
