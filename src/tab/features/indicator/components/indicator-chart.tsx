// Actuals against the profiled target over time, each figure coloured and shaped by its rating
// (shape as well as colour, WCAG 1.4.1), with benchmark comparators and the year-end forecast as
// labelled lines. Figures and period labels are written on the chart wherever they fit without
// overlapping (chart-labels.ts), so nothing hides behind hover; the history table below is the text
// alternative with every figure.
import { tokens } from '@fluentui/react-components';
import type { Benchmark, RatingState } from '../../../shared/api/index.js';
import { axisLabelIndexes, placeValueLabels } from './chart-labels.js';
import { chartModel, type ChartPoint } from './chart-model.js';
import { lookOf, Marker } from './chart-marker.js';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export interface IndicatorChartProps {
  title: string;
  points: ChartPoint[];
  benchmarks?: readonly Benchmark[];
  forecast?: { value: number; label: string } | null;
  /** Bigger type for the meeting stage, read from across a room. */
  large?: boolean;
}

export function IndicatorChart({
  title,
  points,
  benchmarks = [],
  forecast,
  large,
}: IndicatorChartProps) {
  const font = large ? 22 : 12;
  // The stage's large type needs more room across: twelve months are read from across a room.
  const width = large ? 1000 : 760;
  const height = large ? 500 : 320;
  const pad = { left: font * 4.5, right: font * 13, top: font * 2, bottom: font * 3 };
  const extras = [...benchmarks.map((b) => b.value), ...(forecast ? [forecast.value] : [])];
  const m = chartModel(points, extras);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) =>
    pad.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => pad.top + plotH - ((v - m.min) / (m.max - m.min)) * plotH;
  const ink = tokens.colorNeutralForeground1;
  const faint = tokens.colorNeutralStroke2;
  const targetPath = points
    .map((p, i) => (p.target === null ? null : `${x(i)},${y(p.target)}`))
    .filter(Boolean)
    .join(' ');
  const actualPath = points
    .map((p, i) => (p.value === null ? null : `${x(i)},${y(p.value)}`))
    .filter(Boolean)
    .join(' ');
  const markerR = large ? 9 : 5;
  const spacing = points.length <= 1 ? plotW : plotW / (points.length - 1);
  const periodLabels = new Set(
    axisLabelIndexes(
      points.map((p) => p.label),
      spacing,
      font,
    ),
  );
  const valueBaselines = placeValueLabels(
    points.map((p, i) =>
      p.value === null ? null : { x: x(i), y: y(p.value), text: NUMBER.format(p.value) },
    ),
    font,
    markerR,
    { top: pad.top, bottom: pad.top + plotH },
  );
  const descId = `chart-desc-${title.replace(/\W+/g, '-')}`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      aria-describedby={descId}
      style={{ maxWidth: large ? '100%' : 760, fontSize: font, fontFamily: 'inherit' }}
    >
      <desc id={descId}>
        Figures against target for {points.length} periods; the table of figures by period gives the
        same numbers.
      </desc>
      {m.ticks.map((t) => (
        <g key={t}>
          <line x1={pad.left} x2={pad.left + plotW} y1={y(t)} y2={y(t)} style={{ stroke: faint }} />
          <text
            x={pad.left - 6}
            y={y(t)}
            textAnchor="end"
            dominantBaseline="middle"
            style={{ fill: ink }}
          >
            {NUMBER.format(t)}
          </text>
        </g>
      ))}
      {targetPath && (
        <polyline
          points={targetPath}
          style={{ fill: 'none', stroke: ink, strokeWidth: 2, strokeDasharray: '8 5' }}
        />
      )}
      {actualPath && (
        <polyline
          points={actualPath}
          style={{ fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: large ? 4 : 2 }}
        />
      )}
      {benchmarks.map((b) => (
        <g key={b.comparator}>
          <line
            x1={pad.left}
            x2={pad.left + plotW}
            y1={y(b.value)}
            y2={y(b.value)}
            style={{
              stroke: tokens.colorNeutralForeground3,
              strokeDasharray: '2 4',
              strokeWidth: 2,
            }}
          />
          <text
            x={pad.left + plotW + 6}
            y={y(b.value)}
            dominantBaseline="middle"
            style={{ fill: ink }}
          >
            {b.comparator.length > 22 ? `${b.comparator.slice(0, 21)}…` : b.comparator}:{' '}
            {NUMBER.format(b.value)}
          </text>
        </g>
      ))}
      {forecast && (
        <g>
          <Marker
            x={pad.left + plotW}
            y={y(forecast.value)}
            r={font / 2}
            look={{ shape: 'ring', colour: ink, word: '' }}
          />
          <text
            x={pad.left + plotW + 6}
            y={y(forecast.value) + font}
            dominantBaseline="middle"
            style={{ fill: ink }}
          >
            Forecast: {NUMBER.format(forecast.value)}
          </text>
        </g>
      )}
      {points.map((p, i) => {
        const look = lookOf(p.rating, p.ratingLabel);
        return (
          <g key={p.periodKey}>
            {p.value !== null && (
              <>
                <Marker x={x(i)} y={y(p.value)} r={markerR} look={look} />
                {valueBaselines[i] != null && (
                  <text
                    x={x(i)}
                    y={valueBaselines[i]!}
                    data-label="value"
                    textAnchor="middle"
                    // A halo of the background, so a target line behind a figure never strikes it.
                    style={{
                      fill: ink,
                      fontWeight: 600,
                      stroke: tokens.colorNeutralBackground1,
                      strokeWidth: font / 4,
                      paintOrder: 'stroke',
                    }}
                  >
                    {NUMBER.format(p.value)}
                  </text>
                )}
              </>
            )}
            {periodLabels.has(i) && (
              <text
                x={x(i)}
                y={pad.top + plotH + font * 1.5}
                data-label="period"
                textAnchor="middle"
                style={{ fill: ink }}
              >
                {p.label}
              </text>
            )}
          </g>
        );
      })}
      <g transform={`translate(${pad.left}, ${font})`}>
        <line
          x1={0}
          x2={24}
          y1={0}
          y2={0}
          style={{ stroke: tokens.colorBrandForeground1, strokeWidth: 3 }}
        />
        <text x={30} y={0} dominantBaseline="middle" style={{ fill: ink }}>
          Actual
        </text>
        <line
          x1={110}
          x2={134}
          y1={0}
          y2={0}
          style={{ stroke: ink, strokeWidth: 2, strokeDasharray: '8 5' }}
        />
        <text x={140} y={0} dominantBaseline="middle" style={{ fill: ink }}>
          Target
        </text>
      </g>
    </svg>
  );
}

/** The rating shapes, explained once beside the chart (shape + word, never colour alone). */
export function ChartKey({ large }: { large?: boolean }) {
  const r = large ? 9 : 6;
  const size = r * 3;
  const items: [RatingState, string][] = [
    ['good', 'Strong or Good'],
    ['review', 'Review'],
    ['action', 'Action'],
    ['not-rated', 'Not rated'],
  ];
  return (
    <ul
      style={{
        display: 'flex',
        gap: 16,
        listStyle: 'none',
        padding: 0,
        margin: '4px 0',
        flexWrap: 'wrap',
        fontSize: large ? 22 : undefined,
      }}
    >
      {items.map(([state, words]) => (
        <li key={state} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <svg width={size} height={size} aria-hidden="true">
            <Marker x={size / 2} y={size / 2} r={r} look={lookOf(state, words)} />
          </svg>
          {words}
        </li>
      ))}
    </ul>
  );
}
