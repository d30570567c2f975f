// Every return of the indicator against its profiled target, newest first, with its rating, the
// restated mark, and a way to reopen an authorised figure for the people who may (issue 14).
import { Button } from '@fluentui/react-components';
import type { HistoryRow } from '../../../shared/api/index.js';
import {
  RatingBadge,
  usePageStyles,
  RETURN_STATE_WORDS,
  useTableStyles,
  TableScroll,
} from '../../../shared/components/index.js';
import { RestatedMark } from './restated-mark.js';

export interface HistoryTableProps {
  rows: HistoryRow[];
  /** Asked to reopen an authorised figure; the button shows only where the viewer may. */
  onReopen?: (row: HistoryRow) => void;
}

export function HistoryTable({ rows, onReopen }: HistoryTableProps) {
  const styles = useTableStyles();
  const page = usePageStyles();
  const newestFirst = [...rows].reverse();
  const reopening = onReopen !== undefined && rows.some((r) => r.mayReopen);
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
            {reopening && (
              <th scope="col" className={styles.cell}>
                Correct
              </th>
            )}
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
              <td className={styles.cell}>
                {RETURN_STATE_WORDS[r.state] ?? r.state}
                <RestatedMark row={r} />
              </td>
              <td className={styles.cell}>{r.notAvailableReason ?? r.commentary}</td>
              {reopening && (
                <td className={styles.cell}>
                  {r.mayReopen && (
                    <Button
                      size="small"
                      aria-label={`Reopen this figure for ${r.periodLabel}`}
                      style={{ whiteSpace: 'nowrap' }}
                      onClick={() => onReopen(r)}
                    >
                      Reopen this figure
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
