// A rating's shape as a character, for the words inside a chart and its key: colour is never the
// only cue (WCAG 1.4.1), and in forced colours the shape and the word are what remain.
import { ratingLook, type RatingShape } from '../../../domain/ratings/palette.js';
import type { RatingState } from '../api/index.js';

const GLYPH: Record<RatingShape, string> = {
  circle: '●',
  triangle: '▲',
  square: '■',
  ring: '○',
};

export function glyphOf(state: RatingState): string {
  return GLYPH[ratingLook(state).shape];
}
