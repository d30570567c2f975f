// What the narrative summary is told about each indicator: plain facts the status engine already
// worked out (rating, direction of travel, persistence), so the summary can never disagree with
// the figures it sits above.
import type { Polarity, RatingLevel, RatingState, UnitKind } from '../model/types.js';
import type { Direction } from '../ratings/index.js';

export interface NarrativeIndicator {
  code: string;
  title: string;
  unit: UnitKind;
  decimals: number;
  polarity: Polarity;
  /** The figure counted this period (null when none is counted). */
  value: number | null;
  /** The figure counted for the same period last year (or last year: `comparedWith`), if any. */
  lastYearValue: number | null;
  target: number | null;
  rating: RatingState;
  /** The rating at the previous period (or last year: `comparedWith`), null when not known. */
  previousRating: RatingState | null;
  vsPrevious: Direction;
  vsLastYear: Direction;
  persistent: boolean;
  /** Entered but not yet authorised. */
  provisional: boolean;
  /** Titles of the priorities the indicator serves (none when it is not linked to one). */
  priorities: string[];
}

export interface NarrativeInput {
  indicators: NarrativeIndicator[];
  /** Priority titles in plan order: the order the summary names them in. */
  priorityOrder: string[];
  /** The scheme's levels, best first, with their labels (Strong…Action, or Green…Red). */
  levels: { level: RatingLevel; label: string }[];
  /** How many rated periods running make "persistent" (the council's setting). */
  persistentRuns: number;
  /** True when provisional figures are rated and counted (the dashboard's "include" basis). */
  provisionalCounted: boolean;
  /**
   * 'periods' (the default): `vsPrevious` and `previousRating` are against the previous period,
   * `vsLastYear` and `lastYearValue` against the same period last year. 'years' (the annual
   * report, rated on the year): the previous period is last year, so `vsPrevious` is not read and
   * `previousRating` is last year's rating.
   */
  comparedWith?: 'periods' | 'years';
}
