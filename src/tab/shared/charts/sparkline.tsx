// An indicator's recent figures as a small line, for a table row. Its label reads the figures out
// (first, last and how many), so the line adds a picture but hides nothing.
import { makeStyles, tokens } from '@fluentui/react-components';

export interface SparkPoint {
  periodLabel: string;
  value: number;
  valueText: string;
}

const useStyles = makeStyles({
  line: { display: 'block', overflow: 'visible' },
});

export function sparklineLabel(points: readonly SparkPoint[]): string {
  if (points.length === 0) return 'No authorised figures yet';
  const first = points[0]!;
  const last = points.at(-1)!;
  if (points.length === 1) return `One figure: ${last.periodLabel} ${last.valueText}`;
  return `Last ${points.length} figures, from ${first.valueText} (${first.periodLabel}) to ${last.valueText} (${last.periodLabel})`;
}

export function Sparkline({
  points,
  width = 96,
  height = 28,
}: {
  points: readonly SparkPoint[];
  width?: number;
  height?: number;
}) {
  const s = useStyles();
  const label = sparklineLabel(points);
  if (points.length < 2) return <span>{points.length ? label : '–'}</span>;
  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = 3;
  const x = (i: number) => pad + (i / (points.length - 1)) * (width - 2 * pad);
  const y = (v: number) =>
    hi === lo ? height / 2 : pad + (1 - (v - lo) / (hi - lo)) * (height - 2 * pad);
  const d = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg
      className={s.line}
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <polyline
        points={d}
        fill="none"
        stroke={tokens.colorNeutralForeground2}
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <circle
        cx={x(points.length - 1)}
        cy={y(values.at(-1)!)}
        r={3.5}
        fill={tokens.colorBrandForeground1}
      />
    </svg>
  );
}
