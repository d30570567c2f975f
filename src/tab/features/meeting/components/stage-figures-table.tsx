// The chart's table alternative on the stage (WCAG 1.1.1 and "no hover-only information"): the
// same periods as the chart, each with its figure, target and rating in words, big enough to read
// from across the room.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { HistoryRow } from '../../../shared/api/index.js';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', marginTop: '16px', minWidth: '60%' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: '8px' },
  cell: {
    padding: '6px 20px 6px 0',
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    textAlign: 'left',
  },
  num: {
    padding: '6px 20px 6px 0',
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    textAlign: 'right',
  },
});

export function StageFiguresTable({ code, rows }: { code: string; rows: readonly HistoryRow[] }) {
  const s = useStyles();
  return (
    <table className={s.table}>
      <caption className={s.caption}>{code}: the figures in the chart</caption>
      <thead>
        <tr>
          <th scope="col" className={s.cell}>
            Period
          </th>
          <th scope="col" className={s.num}>
            Figure
          </th>
          <th scope="col" className={s.num}>
            Target
          </th>
          <th scope="col" className={s.cell}>
            Rating
          </th>
        </tr>
      </thead>
      <tbody>
        {[...rows].reverse().map((r) => (
          <tr key={r.periodKey}>
            <th scope="row" className={s.cell} style={{ fontWeight: 'normal' }}>
              {r.periodLabel}
            </th>
            <td className={s.num}>{r.valueText}</td>
            <td className={s.num}>{r.targetText}</td>
            <td className={s.cell}>{r.rating.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
