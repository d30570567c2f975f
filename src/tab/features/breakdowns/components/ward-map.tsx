// The ward map (issue 16): each ward shaded by its value's band, with a legend of the bands in words
// and the table beside it as the alternative. Every ward is a stop in the tab order, named with its
// value and band, and the ward in focus (or under the pointer) is said under the map too.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { BreakdownView } from '../api/breakdowns-api.js';
import { wardShapes, type AreaGeometry } from './map-geometry.js';
import { bandOf, type ValueBand } from './value-bands.js';

const WIDTH = 600;

const useStyles = makeStyles({
  figure: { margin: '8px 0', maxWidth: '640px' },
  svg: {
    display: 'block',
    width: '100%',
    height: 'auto',
    // The bands are the map's meaning: keep them in Windows high contrast, outlined in its ink.
    forcedColorAdjust: 'none',
  },
  ward: {
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: '0.8px',
    cursor: 'default',
    ':focus': { outline: 'none' },
    ':focus-visible': { stroke: tokens.colorStrokeFocus2, strokeWidth: '4px' },
    ':hover': { strokeWidth: '2.5px' },
    '@media (forced-colors: active)': {
      stroke: 'CanvasText',
      ':focus-visible': { stroke: 'Highlight' },
    },
  },
  none: { fill: tokens.colorNeutralBackground3 },
  said: { minHeight: '1.5em', margin: '4px 0 0', fontWeight: tokens.fontWeightSemibold },
  legend: {
    listStyle: 'none',
    padding: 0,
    margin: '8px 0',
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 16px',
  },
  key: { display: 'flex', alignItems: 'center', gap: '6px' },
  swatch: {
    width: '20px',
    height: '14px',
    flexShrink: 0,
    border: `1px solid ${tokens.colorNeutralForeground1}`,
    forcedColorAdjust: 'none',
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
});

export function wardWords(label: string, valueText: string, band: ValueBand | null): string {
  return `${label}: ${valueText}${band ? ` (${band.words.replace(/:.*/, '').toLowerCase()})` : ''}`;
}

export function WardMap({
  breakdown,
  areas,
  bands,
  caption,
}: {
  breakdown: BreakdownView;
  areas: readonly AreaGeometry[];
  bands: readonly ValueBand[];
  caption: string;
}) {
  const s = useStyles();
  const { height, shapes } = useMemo(() => wardShapes(areas, WIDTH), [areas]);
  const byCode = new Map(breakdown.values.map((v) => [v.key, v]));
  const [said, setSaid] = useState<string | null>(null);
  const captionId = `ward-map-${breakdown.breakdown.replace(/\W+/g, '-')}`;
  return (
    <figure className={s.figure} data-ward-map="">
      <svg
        className={s.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-labelledby={captionId}
      >
        {shapes.map((w) => {
          const v = byCode.get(w.code);
          const band = bandOf(v?.value ?? null, bands);
          const words = wardWords(w.name, v ? v.valueText : 'no figure given', band);
          const show = () => setSaid(words);
          return (
            <path
              key={w.code}
              d={w.d}
              className={`${s.ward} ${band ? '' : s.none}`}
              style={band ? { fill: band.fill } : undefined}
              tabIndex={0}
              role="img"
              aria-label={words}
              data-area={w.code}
              onFocus={show}
              onMouseEnter={show}
              onBlur={() => setSaid(null)}
            >
              <title>{words}</title>
            </path>
          );
        })}
      </svg>
      <figcaption id={captionId}>{caption}</figcaption>
      <p className={s.said} aria-hidden="true">
        {said ?? ''}
      </p>
      <ul
        className={s.legend}
        aria-label="Map key: value bands, darker for higher"
        data-map-legend=""
      >
        {bands.map((b) => (
          <li key={b.index} className={s.key}>
            <span className={s.swatch} style={{ background: b.fill }} aria-hidden="true" />
            {b.words}
          </li>
        ))}
        {breakdown.values.some((v) => v.value === null) && (
          <li className={s.key}>
            <span className={`${s.swatch} ${s.none}`} aria-hidden="true" />
            No figure given
          </li>
        )}
      </ul>
    </figure>
  );
}
