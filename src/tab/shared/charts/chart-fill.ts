// A rating's colour in a chart. Rated figures take their rating's ink (rating-style.ts); figures
// with no rating recede into a lighter grey, and provisional ones keep the palette's own hue
// (violet), so the rated segments carry the picture and "provisional" is not mistaken for "not
// due". Every fill is a theme foreground, so it keeps 3:1 against the page in light and dark.
import { tokens } from '@fluentui/react-components';
import { ratingLook } from '../../../domain/ratings/palette.js';
import type { RatingState } from '../api/index.js';
import { inkOf } from '../components/rating-style.js';

export function fillOf(state: RatingState): string {
  switch (ratingLook(state).family) {
    case 'provisional':
      return tokens.colorPaletteLavenderForeground2;
    case 'neutral':
      return tokens.colorNeutralForeground3;
    default:
      return inkOf(state);
  }
}
