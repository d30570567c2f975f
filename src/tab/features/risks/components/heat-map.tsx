// The 5×5 heat map of residual scores (issue 17 "Views"): each cell a link that filters the
// register to it, so the grid is reachable and usable by keyboard; the count is written in the
// cell (colour is never the only cue, WCAG 1.4.1), cells above tolerance are outlined and the
// legend says so in words. HeatTable beside it is the same numbers as a real table.
import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../shared/components/index.js';
import type { RiskSummaryView } from '../api/get-risks.js';
import { bandShade } from './band-look.js';
import { heatCells, LEVELS, riskWord, type HeatCell } from './heat-cells.js';

const useStyles = makeStyles({
  wrap: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px', maxWidth: '36em' },
  axisY: { writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' },
  grid: { display: 'grid', gridTemplateColumns: 'auto repeat(5, minmax(2.5em, 1fr))', gap: '3px' },
  head: { textAlign: 'center', alignSelf: 'center', padding: '0 4px' },
  cell: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    minHeight: '3.6em',
    padding: '2px',
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    ':hover': { textDecoration: 'underline' },
  },
  above: { border: `5px double ${tokens.colorNeutralForeground1}` },
  current: { outline: `3px solid ${tokens.colorCompoundBrandStroke}`, outlineOffset: '-6px' },
  count: { fontSize: '1.5em', fontWeight: tokens.fontWeightBold, lineHeight: 1.1 },
  score: { fontSize: '0.8em' },
  band: { fontSize: '0.7em', lineHeight: 1.1, textAlign: 'center' },
  axisX: { gridColumn: '2', textAlign: 'center' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', padding: 0 },
  swatch: {
    display: 'inline-block',
    width: '1em',
    height: '1em',
    marginRight: '6px',
    verticalAlign: 'middle',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

function cellLabel(c: HeatCell, tolerance: number) {
  const above = c.aboveTolerance ? `, above the tolerance of ${tolerance}` : '';
  return `Likelihood ${c.likelihood}, impact ${c.impact}: ${riskWord(c.count)}, score ${c.score}, ${c.band}${above}`;
}

export function HeatMap({
  risks,
  bands,
  tolerance,
  selected,
  hrefOf,
  large,
}: {
  risks: readonly RiskSummaryView[];
  bands: readonly { name: string; from: number }[];
  tolerance: number;
  selected?: { likelihood: number; impact: number };
  hrefOf?: (c: HeatCell) => string;
  large?: boolean;
}) {
  const s = useStyles();
  const rows = heatCells(risks, bands, tolerance);
  return (
    <figure style={{ margin: 0, fontSize: large ? '1em' : undefined }} aria-label="Heat map">
      <div className={s.wrap}>
        <span className={s.axisY}>Impact</span>
        <div className={s.grid} data-heat-map="">
          {rows.map((row) => [
            <span key={`i${row[0]!.impact}`} className={s.head}>
              {row[0]!.impact}
            </span>,
            ...row.map((c) => {
              const here = selected?.likelihood === c.likelihood && selected?.impact === c.impact;
              const className = [s.cell, c.aboveTolerance && s.above, here && s.current]
                .filter(Boolean)
                .join(' ');
              const style = { backgroundColor: bandShade(c.band, bands) };
              const inside = (
                <>
                  <span className={s.count} aria-hidden="true">
                    {c.count}
                  </span>
                  <span className={s.score} aria-hidden="true">
                    {c.score}
                  </span>
                  {/* The band in words too: Teams' contrast theme and forced colours drop the
                      shading, and colour is never the only cue. */}
                  <span className={s.band} aria-hidden="true">
                    {c.band}
                  </span>
                  <span style={visuallyHidden}>{cellLabel(c, tolerance)}</span>
                </>
              );
              // On the stage nothing is clicked (the presenter moves between views), so the cells
              // are text there; on the Risks page each one is a link that filters the register.
              return hrefOf ? (
                <a
                  key={`${c.likelihood}-${c.impact}`}
                  href={hrefOf(c)}
                  aria-current={here ? 'true' : undefined}
                  data-cell={`${c.likelihood}-${c.impact}`}
                  className={className}
                  style={style}
                >
                  {inside}
                </a>
              ) : (
                <span
                  key={`${c.likelihood}-${c.impact}`}
                  data-cell={`${c.likelihood}-${c.impact}`}
                  className={className}
                  style={style}
                >
                  {inside}
                </span>
              );
            }),
          ])}
          <span />
          {LEVELS.map((l) => (
            <span key={`l${l}`} className={s.head}>
              {l}
            </span>
          ))}
        </div>
        <span />
        <span className={s.axisX}>Likelihood</span>
      </div>
      <figcaption>
        <ul className={s.legend} aria-label="Key">
          {bands.map((b) => (
            <li key={b.name}>
              <span className={s.swatch} style={{ backgroundColor: bandShade(b.name, bands) }} />
              {b.name} (from {b.from})
            </li>
          ))}
        </ul>
        <p>
          Large figure: how many risks; below it the score and its band. A double outline marks the
          cells above the council’s tolerance of {tolerance}.
        </p>
      </figcaption>
    </figure>
  );
}
