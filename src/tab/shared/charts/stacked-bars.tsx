// Ratings by priority or directorate as 100% stacked bars, one bar per row, drawn in SVG. The
// chart is one image with a label (role="img"); its figures are in the table that goes with it
// (CountsTable), so nothing is only in the picture. Each segment carries its rating's shape and
// count where there is room, and the key names every colour.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useWidth } from './use-width.js';
import type { RatingCounts, RatingState } from '../api/index.js';
import { RATING_ORDER } from '../components/rating-style.js';
import { fillOf } from './chart-fill.js';
import { RatingKey } from './chart-key.js';
import { glyphOf } from './rating-glyph.js';

export interface BarRow {
  id: string;
  name: string;
  counts: RatingCounts;
}

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  chart: { display: 'grid', gap: '6px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 14em) minmax(0, 1fr) 3ch',
    gap: '4px 12px',
    alignItems: 'center',
    // A 320 px side panel: the name above its bar, not squeezed beside it.
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr) 3ch' },
  },
  name: {
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': { gridColumn: '1 / 3' },
  },
  bar: { display: 'block', width: '100%', forcedColorAdjust: 'none' },
  total: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  large: { fontSize: '1em' },
});

/** Rating states that appear in any row, in the scheme's order. */
export function statesIn(rows: readonly BarRow[]): RatingState[] {
  return RATING_ORDER.filter((s) => rows.some((r) => (r.counts[s] ?? 0) > 0));
}

export function StackedBars({
  title,
  rows,
  barHeight = 28,
}: {
  /** The chart's accessible name, e.g. "Indicators by rating, by priority". */
  title: string;
  rows: readonly BarRow[];
  /** Taller bars on the stage. */
  barHeight?: number;
}) {
  const s = useStyles();
  const states = statesIn(rows);
  return (
    <figure className={s.figure}>
      <div role="img" aria-label={`${title}: bar chart, figures in the table that follows`}>
        <div className={s.chart}>
          {rows.map((r) => (
            <div key={r.id} className={s.row}>
              <span className={s.name}>{r.name}</span>
              <Bar counts={r.counts} states={states} height={barHeight} />
              <span className={s.total}>{r.counts.total}</span>
            </div>
          ))}
        </div>
      </div>
      {/* Not named after the chart: "Indicators by rating" names the totals list, and tests and
          screen readers find that list by its name. */}
      <RatingKey states={states} label="Key to the chart" />
    </figure>
  );
}

function Bar({
  counts,
  states,
  height,
}: {
  counts: RatingCounts;
  states: RatingState[];
  height: number;
}) {
  const s = useStyles();
  const [svg, width] = useWidth<SVGSVGElement>();
  const total = states.reduce((n, r) => n + (counts[r] ?? 0), 0);
  const fontSize = Math.round(height * 0.55);
  // A count is written in its segment only where it fits (shape, space, digits and a margin);
  // otherwise the table beside the chart has it. Measured, because the bar's width is the screen's.
  const fits = (percent: number, n: number) =>
    (percent / 100) * width >= fontSize * (1.6 + 0.6 * String(n).length) + 6;
  let start = 0;
  return (
    <svg ref={svg} className={s.bar} height={height} aria-hidden="true">
      <rect width="100%" height={height} fill={tokens.colorNeutralBackground3} />
      {total > 0 &&
        states.map((r) => {
          const n = counts[r] ?? 0;
          if (!n) return null;
          const x = (start / total) * 100;
          const w = (n / total) * 100;
          start += n;
          return (
            <g key={r}>
              {/* A background-coloured edge keeps neighbouring segments apart. */}
              <rect
                x={`${x}%`}
                width={`${w}%`}
                height={height}
                fill={fillOf(r)}
                stroke={tokens.colorNeutralBackground1}
                strokeWidth={2}
              />
              {fits(w, n) && (
                <text
                  x={`${x + w / 2}%`}
                  y={height / 2}
                  dominantBaseline="central"
                  textAnchor="middle"
                  fill={tokens.colorNeutralBackground1}
                  fontSize={fontSize}
                  fontWeight={600}
                >
                  {glyphOf(r)} {n}
                </text>
              )}
            </g>
          );
        })}
    </svg>
  );
}
