// Invented figures that follow each indicator's story (see Story in indicator-spec.ts): a signed
// performance ratio r (positive = better than target) becomes a value the unit allows.
import type { UnitKind } from '../domain/model/types.js';
import type { IndicatorSpec, Story } from './indicator-spec.js';
import type { Random } from './prng.js';

/** How many of the most recent periods a 'persistent' indicator spends well under target. */
export const PERSISTENT_TAIL = 5;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * The ratio for period `i` of `n`. Margins keep each story inside its rating band under the
 * Derbyshire thresholds (Strong > 5% better, Action > 10% worse), after rounding.
 */
export function ratioFor(story: Story, i: number, n: number, rng: Random): number {
  const t = n <= 1 ? 1 : i / (n - 1);
  switch (story) {
    case 'strong':
      return clamp(rng.normal(0.08, 0.015), 0.06, 0.12);
    case 'good':
      return clamp(rng.normal(0.01, 0.012), -0.015, 0.04);
    case 'review':
      return clamp(rng.normal(-0.03, 0.028), -0.12, 0.04);
    case 'persistent':
      return i >= n - PERSISTENT_TAIL
        ? clamp(rng.normal(-0.16, 0.02), -0.22, -0.125)
        : clamp(rng.normal(0.01, 0.012), -0.015, 0.04);
    case 'improving':
      return clamp(-0.09 + 0.13 * t + rng.normal(0, 0.012), -0.14, 0.08);
    case 'declining':
      return clamp(0.04 - 0.11 * t + rng.normal(0, 0.012), -0.12, 0.07);
    case 'context':
      return rng.normal(0, 0.015);
  }
}

/** Rounds to the indicator's places and keeps the value possible for its unit. */
export function possibleValue(raw: number, unit: UnitKind, decimals: number): number {
  let v = unit === 'number' ? raw : Math.max(0, raw);
  if (unit === 'percentage') v = Math.min(100, v);
  const places = unit === 'count' ? 0 : decimals;
  const factor = 10 ** places;
  return Math.round(v * factor) / factor;
}

export interface Figure {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** The figure for a period: around `centre` (the profiled target) by the story's ratio. */
export function figureFor(spec: IndicatorSpec, centre: number, ratio: number, rng: Random): Figure {
  const sign = spec.polarity === 'lower' ? -1 : 1;
  let raw = centre * (1 + sign * ratio);
  // A percentage cannot beat 100: a strong figure against a high target lands in the headroom
  // (Derbyshire: 2% better is Strong when the target is above 95%), not on 100 every period.
  if (spec.unit === 'percentage' && raw > 99.9 && centre < 100)
    raw = centre + (100 - centre) * (0.6 + rng.next() * 0.35);
  const value = possibleValue(raw, spec.unit, spec.decimals);
  if (spec.unit !== 'percentage' || spec.denominator === undefined) {
    return { value, numerator: null, denominator: null };
  }
  // Percentages with a count behind them carry it, and the value is recomputed from it so the
  // three always agree.
  const denominator = Math.max(1, Math.round(spec.denominator * (0.85 + rng.next() * 0.3)));
  const numerator = Math.min(denominator, Math.round((value / 100) * denominator));
  return {
    value: possibleValue((numerator / denominator) * 100, 'percentage', spec.decimals),
    numerator,
    denominator,
  };
}
