// Every return of the indicator against its profiled target, newest first, with its rating.
import type { HistoryRow } from '../../../shared/api/index.js';
import {
  RatingBadge,
  usePageStyles,
  RETURN_STATE_WORDS,
  useTableStyles,
  TableScroll,
} from '../../../shared/components/index.js';

export function HistoryTable({ rows }: { rows: HistoryRow[] }) {
  const styles = useTableStyles();
  const page = usePageStyles();
  const newestFirst = [...rows].reverse();
  return (
    <TableScroll label="Figures by period">
      <table className={styles.table}>
        <caption className={page.muted} style={{ textAlign: 'left' }}>
          Figures by period, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              Period
            </th>
            <th scope="col" className={styles.num}>
              Figure
            </th>
            <th scope="col" className={styles.num}>
              Target
            </th>
            <th scope="col" className={styles.cell}>
              Rating
            </th>
            <th scope="col" className={styles.cell}>
              Status
            </th>
            <th scope="col" className={styles.cell}>
              Commentary
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((r) => (
            <tr key={r.returnId}>
              <th scope="row" className={styles.cell} style={{ fontWeight: 'normal' }}>
                {r.periodLabel}
              </th>
              <td className={styles.num}>{r.notAvailableReason ? 'Not available' : r.valueText}</td>
              <td className={styles.num}>{r.targetText}</td>
              <td className={styles.cell}>
                <RatingBadge state={r.rating.state} label={r.rating.label} />
              </td>
              <td className={styles.cell}>{RETURN_STATE_WORDS[r.state] ?? r.state}</td>
              <td className={styles.cell}>{r.notAvailableReason ?? r.commentary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
