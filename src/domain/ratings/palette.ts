// How each rating looks, once, for the tab, the cards and the reports: its word, its colour family,
// its shape and its print colours. Colour is never the only cue (WCAG 1.4.1): the word is always
// shown, beside a shape (a circle for Strong and Good, a triangle for Review, a square for Action, a
// ring for no rating). The colours follow the Derbyshire scheme's convention (Strong green, Review
// amber, Action red) except Good, which is teal: two greens could not be told apart on a chart across
// a meeting room; "missing" is dark orange, as the tab's badge and totals showed it.
//
// The tab follows Teams' theme (light, dark, high contrast), so it maps `family` and `shade` to
// Fluent tokens; the cards map `family` to an Adaptive Card colour; printed reports use the hexes,
// which are the Fluent light-theme colours. Tints are light enough for black text (AA, ≥ 4.5:1),
// and `text` is the readable colour on `colour` (palette.test.ts checks both).
import type { RatingState } from '../model/types.js';
import { RATING_LABELS } from './states.js';

export type RatingFamily = 'success' | 'warning' | 'danger' | 'severe' | 'provisional' | 'neutral';
export type RatingShape = 'circle' | 'triangle' | 'square' | 'ring';

export interface RatingLook {
  label: string;
  family: RatingFamily;
  /** Within a family: Strong is the full colour, Good the lighter one. */
  shade: 'full' | 'light';
  shape: RatingShape;
  /** Solid colour for bars, chips and stripes, `#rrggbb`. */
  colour: string;
  /** Light tint for a table cell or tile behind black text. */
  tint: string;
  /** Text colour that reads on `colour`. */
  text: string;
}

type Look = Omit<RatingLook, 'label'>;

const STRONG: Look = {
  family: 'success',
  shade: 'full',
  shape: 'circle',
  colour: '#0b6a0b',
  tint: '#c7e6c7',
  text: '#ffffff',
};
const GOOD: Look = {
  ...STRONG,
  shade: 'light',
  // Fluent's teal: its own hue beside Strong's green; white reads on it (4.56:1).
  colour: '#038387',
  tint: '#c8ecee',
  text: '#ffffff',
};
const REVIEW: Look = {
  family: 'warning',
  shade: 'full',
  shape: 'triangle',
  colour: '#c19c00',
  tint: '#fbf1c8',
  text: '#000000',
};
const ACTION: Look = {
  family: 'danger',
  shade: 'full',
  shape: 'square',
  colour: '#c50f1f',
  tint: '#f9d6d9',
  text: '#ffffff',
};
const MISSING: Look = {
  family: 'severe',
  shade: 'full',
  shape: 'ring',
  colour: '#da3b01',
  tint: '#fbe3d9',
  text: '#000000',
};
// Not a rating: entered but not yet authorised. Its own colour in printed charts, always named.
const PROVISIONAL: Look = {
  family: 'provisional',
  shade: 'light',
  shape: 'ring',
  colour: '#5c5ca8',
  tint: '#e6e6f5',
  text: '#ffffff',
};
const NEUTRAL: Look = {
  family: 'neutral',
  shade: 'full',
  shape: 'ring',
  colour: '#8a8886',
  tint: '#f3f2f1',
  text: '#000000',
};

const LOOKS: Record<RatingState, Look> = {
  strong: STRONG,
  good: GOOD,
  green: STRONG,
  review: REVIEW,
  amber: REVIEW,
  action: ACTION,
  red: ACTION,
  missing: MISSING,
  provisional: PROVISIONAL,
  'not-available': NEUTRAL,
  'no-target': NEUTRAL,
  'not-due': NEUTRAL,
  context: NEUTRAL,
  'not-rated': NEUTRAL,
};

export const RATING_PALETTE: Readonly<Record<RatingState, RatingLook>> = Object.fromEntries(
  Object.entries(LOOKS).map(([state, look]) => [
    state,
    { ...look, label: RATING_LABELS[state as RatingState] },
  ]),
) as Record<RatingState, RatingLook>;

/** The look of a rating; no rating (or one this build does not know) looks neutral. */
export function ratingLook(state: RatingState | null | undefined): RatingLook {
  return (state && RATING_PALETTE[state]) || { ...NEUTRAL, label: RATING_LABELS['not-rated'] };
}
