// Actuals against the profiled target over time, each figure coloured and shaped by its rating
// (shape as well as colour, WCAG 1.4.1), with the target, benchmarks and year-end forecast as
// named lines. Drawn at the width of its column (measured), so type stays legible at 320 px and
// the chart fills a 1920 px screen. Every word on it is placed so that none overlaps another or
// leaves the picture: figures by chart-labels.ts, line names stacked in the right gutter by
// chart-layout.ts (or, on a narrow column, only in the legend under the chart). Every figure is
// written by formatFigure, as on the rest of the page; the legend and the table are the text.
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatFigure, type FigureFormat } from '../../../../domain/values/format-value.js';
import type { Benchmark } from '../../../shared/api/index.js';
import { useWidth } from '../../../shared/charts/index.js';
import {
  axisLabelIndexes,
  labelCentre,
  placeValueLabels,
  textWidth,
  valueHalfWidth,
} from './chart-labels.js';
import {
  chartFrame,
  fitText,
  splitPeriodLabel,
  stackLabels,
  tickDecimals,
} from './chart-layout.js';
import { ChartLegend } from './chart-legend.js';
import {
  COMPARATOR_DASH,
  PLAIN,
  referenceLines,
  TARGET_DASH,
  type ReferenceLine,
} from './chart-lines.js';
import { chartModel, type ChartPoint } from './chart-model.js';
import { Diamond, lookOf, Marker } from './chart-marker.js';

export { ChartKey } from './chart-key.js';

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0, width: '100%' },
  svg: { display: 'block', overflow: 'hidden' },
  // A halo of the background, so a line behind a figure never strikes it through; in forced
  // colours the system's canvas colour, or the halo would be drawn as text-coloured strokes.
  figureText: {
    fill: tokens.colorNeutralForeground1,
    fontWeight: 600,
    stroke: tokens.colorNeutralBackground1,
    paintOrder: 'stroke',
    '@media (forced-colors: active)': { fill: 'CanvasText', stroke: 'Canvas' },
  },
});

export interface IndicatorChartProps {
  title: string;
  points: ChartPoint[];
  benchmarks?: readonly Benchmark[];
  forecast?: { value: number; label: string } | null;
  /** The indicator's unit and decimals (a £000 figure reads "£292,000" here as elsewhere). */
  format?: FigureFormat;
  /** Bigger type for the meeting stage, read from across a room. */
  large?: boolean;
}

export function IndicatorChart(props: IndicatorChartProps) {
  const s = useStyles();
  const [box, width] = useWidth<HTMLDivElement>();
  return (
    <figure className={s.figure}>
      <div ref={box}>{width > 0 && <ChartDrawing {...props} width={width} />}</div>
      <ChartLegend
        lines={referenceLines(
          props.points,
          props.benchmarks ?? [],
          props.forecast,
          props.format ?? PLAIN,
        )}
        large={props.large}
      />
    </figure>
  );
}

function ChartDrawing({
  title,
  points,
  benchmarks = [],
  forecast,
  format = PLAIN,
  large,
  width,
}: IndicatorChartProps & { width: number }) {
  const s = useStyles();
  const lines = referenceLines(points, benchmarks, forecast, format);
  const m = chartModel(
    points,
    lines.map((l) => l.value),
  );
  const tickFormat = { ...format, decimals: tickDecimals(m.ticks) };
  const tickTexts = m.ticks.map((t) => formatFigure(t, tickFormat));
  const f = chartFrame(width, { large, tickTexts, lineTexts: lines.map((l) => l.text) });
  const { font } = f;
  const plotW = f.right - f.left;
  const plotH = f.bottom - f.top;
  const x = (i: number) =>
    f.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => f.top + plotH - ((v - m.min) / (m.max - m.min)) * plotH;
  const ink = tokens.colorNeutralForeground1;
  const path = (pick: (p: ChartPoint) => number | null) =>
    points
      .map((p, i) => {
        const v = pick(p);
        return v === null ? null : `${x(i)},${y(v)}`;
      })
      .filter(Boolean)
      .join(' ');
  const targetPath = path((p) => p.target);
  const actualPath = path((p) => p.value);
  const comparatorPath = path((p) => p.comparator?.value ?? null);
  const markerR = large ? 9 : font < 13 ? 4.5 : 5.5;
  const spacing = points.length <= 1 ? plotW : plotW / (points.length - 1);
  const parts = points.map((p) => splitPeriodLabel(p.label));
  const shown = axisLabelIndexes(
    parts.map(([head]) => head),
    spacing,
    font,
  );
  const years = yearsToWrite(shown, parts, x, font);
  const valueTexts = points.map((p) => formatFigure(p.value, format));
  const plot = { top: f.top, bottom: f.bottom, left: f.left, right: f.right };
  const baselines = placeValueLabels(
    points.map((p, i) =>
      p.value === null ? null : { x: x(i), y: y(p.value), text: valueTexts[i]! },
    ),
    font,
    markerR,
    plot,
  );
  // Names in the gutter, centred on their lines where they can be, stacked apart where not.
  const nameYs = f.gutter
    ? stackLabels(
        lines.map((l) => y(l.value)),
        font * 1.25,
        f.top + font / 2,
        f.bottom,
      )
    : [];
  const descId = `chart-desc-${title.replace(/\W+/g, '-')}`;
  return (
    <svg
      className={s.svg}
      width={f.width}
      height={f.height}
      viewBox={`0 0 ${f.width} ${f.height}`}
      role="img"
      aria-label={title}
      aria-describedby={descId}
      style={{ fontSize: font, fontFamily: 'inherit' }}
    >
      <desc id={descId}>
        Figures against target for {points.length} periods; the legend names each line and the table
        of figures gives the same numbers.
      </desc>
      {m.ticks.map((t, k) => (
        <g key={t}>
          <line
            x1={f.left}
            x2={f.right}
            y1={y(t)}
            y2={y(t)}
            style={{ stroke: tokens.colorNeutralStroke2 }}
          />
          <text
            x={f.left - font / 2}
            y={y(t)}
            data-label="tick"
            textAnchor="end"
            dominantBaseline="middle"
            style={{ fill: ink }}
          >
            {tickTexts[k]}
          </text>
        </g>
      ))}
      {lines
        .filter((l) => l.kind === 'benchmark')
        .map((l) => (
          <line
            key={l.id}
            x1={f.left}
            x2={f.right}
            y1={y(l.value)}
            y2={y(l.value)}
            style={{
              stroke: tokens.colorNeutralForeground3,
              strokeDasharray: l.dash,
              strokeWidth: 2,
            }}
          />
        ))}
      {targetPath && (
        <polyline
          points={targetPath}
          style={{ fill: 'none', stroke: ink, strokeWidth: 2, strokeDasharray: TARGET_DASH }}
        />
      )}
      {comparatorPath && (
        <polyline
          points={comparatorPath}
          data-line="comparator"
          style={{
            fill: 'none',
            stroke: tokens.colorNeutralForeground3,
            strokeWidth: 2,
            strokeDasharray: COMPARATOR_DASH,
          }}
        />
      )}
      {points.map((p, i) =>
        p.comparator ? (
          <Diamond
            key={`comparator-${p.periodKey}`}
            x={x(i)}
            y={y(p.comparator.value)}
            r={markerR}
            colour={tokens.colorNeutralForeground3}
          />
        ) : null,
      )}
      {actualPath && (
        <polyline
          points={actualPath}
          style={{ fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: large ? 4 : 3 }}
        />
      )}
      {forecast && (
        <Marker
          x={f.right}
          y={y(forecast.value)}
          r={markerR + 1}
          look={{ shape: 'ring', colour: ink, word: '' }}
        />
      )}
      {points.map((p, i) =>
        p.value === null ? null : (
          <Marker
            key={p.periodKey}
            x={x(i)}
            y={y(p.value)}
            r={markerR}
            look={lookOf(p.rating, p.ratingLabel)}
          />
        ),
      )}
      {points.map((p, i) =>
        baselines[i] == null ? null : (
          <text
            key={p.periodKey}
            x={labelCentre(x(i), valueHalfWidth(valueTexts[i]!, font), plot)}
            y={baselines[i]!}
            data-label="value"
            textAnchor="middle"
            className={s.figureText}
            style={{ strokeWidth: font / 3 }}
          >
            {valueTexts[i]}
          </text>
        ),
      )}
      {shown.map((i) => (
        <text
          key={points[i]!.periodKey}
          x={labelCentre(x(i), textWidth(parts[i]![0], font) / 2, { left: 0, right: f.width })}
          y={f.bottom + font * 1.7}
          data-label="period"
          textAnchor="middle"
          style={{ fill: ink }}
        >
          {parts[i]![0]}
        </text>
      ))}
      {years.map((i) => (
        <text
          key={`year-${points[i]!.periodKey}`}
          x={labelCentre(x(i), textWidth(parts[i]![1], font) / 2, { left: 0, right: f.width })}
          y={f.bottom + font * 3}
          data-label="year"
          textAnchor="middle"
          style={{ fill: tokens.colorNeutralForeground2 }}
        >
          {parts[i]![1]}
        </text>
      ))}
      {f.gutter > 0 &&
        lines.map((l, k) => (
          <text
            key={l.id}
            x={f.right + font * 0.8}
            y={nameYs[k]!}
            data-label="line"
            dominantBaseline="middle"
            style={{ fill: ink }}
          >
            {gutterText(l, f.gutter - font, font)}
          </text>
        ))}
    </svg>
  );
}

/**
 * Which shown period labels also carry their year (or financial year): the first, and each where
 * it changes, unless it would crowd the year written before it.
 */
function yearsToWrite(
  shown: readonly number[],
  parts: readonly [string, string][],
  x: (i: number) => number,
  font: number,
): number[] {
  const out: number[] = [];
  let last: string | null = null;
  let lastRight = -Infinity;
  for (const i of shown) {
    const year = parts[i]![1];
    if (!year || year === last) continue;
    const half = textWidth(year, font) / 2;
    if (x(i) - half < lastRight + font) continue;
    out.push(i);
    last = year;
    lastRight = x(i) + half;
  }
  return out;
}

/** A line's name and figure for the gutter: the name shortened if need be, never the figure. */
function gutterText(l: ReferenceLine, room: number, font: number): string {
  if (textWidth(l.text, font) <= room) return l.text;
  return `${fitText(l.short, room - textWidth(` ${l.figure}`, font), font)} ${l.figure}`;
}
