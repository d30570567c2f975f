// Actuals against the profiled target over time, each figure coloured and shaped by its rating
// (shape as well as colour, WCAG 1.4.1), with benchmark comparators and the year-end forecast as
// labelled lines. Every number drawn is also written on the chart, so nothing hides behind hover;
// the history table below is the text alternative.
import { tokens } from '@fluentui/react-components';
import type { Benchmark, RatingState } from '../../../shared/api/index.js';
import { chartModel, type ChartPoint } from './chart-model.js';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

type Look = { shape: 'circle' | 'triangle' | 'square' | 'ring'; colour: string; word: string };
function lookOf(state: RatingState, label: string): Look {
  if (state === 'strong' || state === 'good' || state === 'green')
    return { shape: 'circle', colour: tokens.colorPaletteGreenForeground1, word: label };
  if (state === 'review' || state === 'amber')
    return { shape: 'triangle', colour: tokens.colorPaletteMarigoldForeground1, word: label };
  if (state === 'action' || state === 'red')
    return { shape: 'square', colour: tokens.colorPaletteRedForeground1, word: label };
  return { shape: 'ring', colour: tokens.colorNeutralForeground2, word: label };
}

function Marker({ x, y, look, r }: { x: number; y: number; look: Look; r: number }) {
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
  const width = 760;
  const height = large ? 420 : 320;
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
  const labelEvery = Math.ceil(points.length / (large ? 6 : 12));
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
                <Marker x={x(i)} y={y(p.value)} r={large ? 9 : 5} look={look} />
                <text
                  x={x(i)}
                  y={y(p.value) - font}
                  textAnchor="middle"
                  style={{ fill: ink, fontWeight: 600 }}
                >
                  {NUMBER.format(p.value)}
                </text>
              </>
            )}
            {i % labelEvery === 0 && (
              <text
                x={x(i)}
                y={pad.top + plotH + font * 1.5}
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
