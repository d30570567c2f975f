// Rating colours and shapes for every renderer, read from the one rating palette in the domain
// (domain/ratings/palette.ts), which the tab and the cards read too. Colour is never the only
// signal: every rating is also printed as its label, beside its shape. Fills are light tints so
// black text on them passes WCAG AA contrast.
import type { RatingState } from '../../domain/model/types.js';
import { ratingLook, type RatingShape } from '../../domain/ratings/palette.js';

export type { RatingShape };

export interface Swatch {
  /** Solid colour for bars and chips, `#rrggbb`. */
  solid: string;
  /** Light tint for table cells behind black text. */
  tint: string;
}

export function swatchOf(state: RatingState | null): Swatch {
  const look = ratingLook(state);
  return { solid: look.colour, tint: look.tint };
}

export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function shapeOf(state: RatingState | null): RatingShape {
  return ratingLook(state).shape;
}

/** The same shapes as characters, for Word (Arial has all four). */
export const SHAPE_GLYPHS: Record<RatingShape, string> = {
  circle: '\u25CF',
  triangle: '\u25B2',
  square: '\u25A0',
  ring: '\u25CB',
};
