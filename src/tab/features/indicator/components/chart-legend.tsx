// The chart's lines named in words under it: the figures, the target, each benchmark, the
// comparator average and the forecast, each beside a drawn sample of its line (its own dash, so
// colour is not the only cue). On a narrow column this is the only place the lines are named; on a
// wide one it repeats the gutter with the benchmark's year, which the gutter has no room for.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReferenceLine } from './chart-lines.js';
import { Diamond, Marker } from './chart-marker.js';

const useStyles = makeStyles({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 20px',
    listStyle: 'none',
    padding: 0,
    margin: '8px 0 0',
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: '6px', minWidth: 0 },
  sample: { flexShrink: 0 },
});

export function ChartLegend({ lines, large }: { lines: ReferenceLine[]; large?: boolean }) {
  const s = useStyles();
  const ink = tokens.colorNeutralForeground1;
  return (
    <ul
      className={s.legend}
      aria-label="Lines on the chart"
      style={{ fontSize: large ? 22 : undefined }}
    >
      <li className={s.item}>
        <Sample stroke={tokens.colorBrandForeground1} width={3} />
        Figures
      </li>
      {lines.map((l) => (
        <li key={l.id} className={s.item}>
          {l.kind === 'forecast' ? (
            <svg className={s.sample} width={28} height={14} aria-hidden="true">
              <Marker x={14} y={7} r={5} look={{ shape: 'ring', colour: ink, word: '' }} />
            </svg>
          ) : l.kind === 'comparator' ? (
            <Sample stroke={tokens.colorNeutralForeground3} dash={l.dash} width={2} diamond />
          ) : (
            <Sample
              stroke={l.kind === 'target' ? ink : tokens.colorNeutralForeground3}
              dash={l.dash}
              width={2}
            />
          )}
          <span>
            {l.name}: {l.figure}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Sample(props: { stroke: string; dash?: string; width: number; diamond?: boolean }) {
  const { stroke, dash, width } = props;
  const s = useStyles();
  return (
    <svg className={s.sample} width={28} height={14} aria-hidden="true">
      <line
        x1={0}
        x2={28}
        y1={7}
        y2={7}
        style={{ stroke, strokeWidth: width, strokeDasharray: dash }}
      />
      {props.diamond && <Diamond x={14} y={7} r={5} colour={stroke} />}
    </svg>
  );
}
