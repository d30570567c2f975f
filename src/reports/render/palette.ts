// Rating colours and shapes shared by every renderer. Colour is never the only signal: every
// rating is also printed as its label, beside a shape (as the tab's charts draw them: a circle for
// Strong and Good, a triangle for Review, a square for Action, a ring for no rating). Fills are
// light tints so black text on them passes WCAG AA contrast.
import type { RatingState } from '../../domain/model/types.js';

export interface Swatch {
  /** Solid colour for bars and chips, `#rrggbb`. */
  solid: string;
  /** Light tint for table cells behind black text. */
  tint: string;
}

const NEUTRAL: Swatch = { solid: '#8a8886', tint: '#f3f2f1' };

export const RATING_COLOURS: Partial<Record<RatingState, Swatch>> = {
  strong: { solid: '#0b6a0b', tint: '#c7e6c7' },
  good: { solid: '#54b054', tint: '#e2f3e2' },
  review: { solid: '#c19c00', tint: '#fbf1c8' },
  action: { solid: '#c50f1f', tint: '#f9d6d9' },
  green: { solid: '#0b6a0b', tint: '#c7e6c7' },
  amber: { solid: '#c19c00', tint: '#fbf1c8' },
  red: { solid: '#c50f1f', tint: '#f9d6d9' },
  // Not a rating: entered but not authorised. Its own colour in charts, always named in words.
  provisional: { solid: '#5c5ca8', tint: '#e6e6f5' },
};

export function swatchOf(state: RatingState | null): Swatch {
  return (state && RATING_COLOURS[state]) || NEUTRAL;
}

export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export type RatingShape = 'circle' | 'triangle' | 'square' | 'ring';

export function shapeOf(state: RatingState | null): RatingShape {
  if (state === 'strong' || state === 'good' || state === 'green') return 'circle';
  if (state === 'review' || state === 'amber') return 'triangle';
  if (state === 'action' || state === 'red') return 'square';
  return 'ring';
}

/** The same shapes as characters, for Word (Arial has all four). */
export const SHAPE_GLYPHS: Record<RatingShape, string> = {
  circle: '\u25CF',
  triangle: '\u25B2',
  square: '\u25A0',
  ring: '\u25CB',
};
