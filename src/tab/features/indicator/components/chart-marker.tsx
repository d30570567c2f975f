// A figure's marker: shape as well as colour by rating (WCAG 1.4.1), shared by the chart and its key.
import { ratingLook } from '../../../../domain/ratings/palette.js';
import { fillOf } from '../../../shared/charts/index.js';
import type { RatingState } from '../../../shared/api/index.js';

export type Look = {
  shape: 'circle' | 'triangle' | 'square' | 'ring';
  colour: string;
  word: string;
};
/** A rating's marker, shape and colour both from the one rating palette (as the shared key). */
export function lookOf(state: RatingState, label: string): Look {
  return { shape: ratingLook(state).shape, colour: fillOf(state), word: label };
}

export function Marker({ x, y, look, r }: { x: number; y: number; look: Look; r: number }) {
  const style = {
    fill: look.shape === 'ring' ? 'none' : look.colour,
    stroke: look.colour,
    strokeWidth: 2,
  };
  if (look.shape === 'square')
    return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} style={style} />;
  if (look.shape === 'triangle')
    return (
      <polygon
        points={`${x},${y - r * 1.2} ${x - r * 1.1},${y + r} ${x + r * 1.1},${y + r}`}
        style={style}
      />
    );
  return <circle cx={x} cy={y} r={r} style={style} />;
}

/**
 * The comparator average's mark at each period it has a figure for: a hollow diamond, a shape no
 * rating uses, so a lone period (no line to draw) still shows, and is never read as a figure.
 */
export function Diamond({ x, y, r, colour }: { x: number; y: number; r: number; colour: string }) {
  return (
    <polygon
      points={`${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`}
      style={{ fill: 'none', stroke: colour, strokeWidth: 2 }}
    />
  );
}
