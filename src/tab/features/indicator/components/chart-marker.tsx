// A figure's marker: shape as well as colour by rating (WCAG 1.4.1), shared by the chart and its key.
import { tokens } from '@fluentui/react-components';
import type { RatingState } from '../../../shared/api/index.js';

export type Look = {
  shape: 'circle' | 'triangle' | 'square' | 'ring';
  colour: string;
  word: string;
};
export function lookOf(state: RatingState, label: string): Look {
  if (state === 'strong' || state === 'good' || state === 'green')
    return { shape: 'circle', colour: tokens.colorPaletteGreenForeground1, word: label };
  if (state === 'review' || state === 'amber')
    return { shape: 'triangle', colour: tokens.colorPaletteMarigoldForeground1, word: label };
  if (state === 'action' || state === 'red')
    return { shape: 'square', colour: tokens.colorPaletteRedForeground1, word: label };
  return { shape: 'ring', colour: tokens.colorNeutralForeground2, word: label };
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
