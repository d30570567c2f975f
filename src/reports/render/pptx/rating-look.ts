// Rating colours for slides: the domain palette's hexes without the `#` pptxgenjs does not take,
// and the rating's shape as a character, so a slide never relies on colour alone.
import type { RatingState } from '../../../domain/model/types.js';
import { ratingLook } from '../../../domain/ratings/palette.js';
import { SHAPE_GLYPHS } from '../palette.js';

export const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

export function slideLook(state: RatingState | null) {
  const look = ratingLook(state);
  return {
    solid: hex(look.colour),
    tint: hex(look.tint),
    text: hex(look.text),
    glyph: SHAPE_GLYPHS[look.shape],
  };
}

/** "▲ Review": the word beside its shape. */
export const ratingWords = (state: RatingState | null, label: string) =>
  `${slideLook(state).glyph} ${label}`;

export const INK = '201F1E';
export const MUTED = '484644';
export const RULE = 'C8C6C4';
export const BRAND = '243A5E';
export const BAND = 'F3F2F1';
