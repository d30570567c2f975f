// Direction of travel, shown beside the rating against the previous period and the same period
// last year (DESIGN.md, Ratings).
import type { Polarity } from '../model/types.js';
import { betterSign } from './relative-difference.js';
import { assertDecimals, assertFinite, roundTo } from './rounding.js';

export type Direction = 'improving' | 'worsening' | 'no-change' | 'not-comparable';

export interface DirectionOfTravel {
  vsPrevious: Direction;
  vsLastYear: Direction;
}

/**
 * Compares at the indicator's decimal places, so a change too small to show (71.04 → 71.01 at
 * 1 dp) is 'no-change' rather than an arrow nobody can explain. Without both figures, or without
 * a polarity to say which way is better, it is 'not-comparable'.
 */
export function directionOfTravel(
  current: number | null,
  previous: number | null,
  polarity: Polarity,
  decimals: number,
): Direction {
  assertDecimals(decimals);
  if (current !== null) assertFinite(current, 'current');
  if (previous !== null) assertFinite(previous, 'previous');
  if (current === null || previous === null || polarity === 'none') return 'not-comparable';
  const sign = betterSign(roundTo(current, decimals), roundTo(previous, decimals), polarity);
  return sign > 0 ? 'improving' : sign < 0 ? 'worsening' : 'no-change';
}

/** Direction of travel in words, as the reports and the strategic dashboard print it. */
export const DIRECTION_WORDS: Record<Direction, string> = {
  improving: 'improving',
  worsening: 'worsening',
  'no-change': 'no change',
  'not-comparable': 'not comparable',
};

/** "Previous period: improving; same period last year: no change". */
export function directionSentence(d: DirectionOfTravel): string {
  return `Previous period: ${DIRECTION_WORDS[d.vsPrevious]}; same period last year: ${DIRECTION_WORDS[d.vsLastYear]}`;
}
