// A rating's shape drawn in SVG beside its word (tiles, chart keys). Drawn rather than typed, so a
// tile's text stays "12 Strong" for screen readers and tests; hidden from assistive technology,
// because the word beside it already says it.
import { ratingLook } from '../../../domain/ratings/palette.js';
import type { RatingState } from '../api/index.js';

export function RatingShape({
  state,
  colour = 'currentColor',
  size = '0.9em',
}: {
  state: RatingState;
  colour?: string;
  size?: string;
}) {
  const shape = ratingLook(state).shape;
  return (
    <svg
      viewBox="0 0 10 10"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-0.05em', marginRight: '0.35em', forcedColorAdjust: 'none' }}
    >
      {shape === 'circle' && <circle cx={5} cy={5} r={4.5} fill={colour} />}
      {shape === 'triangle' && <polygon points="5,0.5 9.7,9.5 0.3,9.5" fill={colour} />}
      {shape === 'square' && <rect x={0.8} y={0.8} width={8.4} height={8.4} fill={colour} />}
      {shape === 'ring' && (
        <circle cx={5} cy={5} r={3.8} fill="none" stroke={colour} strokeWidth={1.6} />
      )}
    </svg>
  );
}
