// Counts by rating for each priority or directorate (Chorley & South Ribble's monthly health table).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RatingCounts, RatingState, RollUpRow } from '../../../shared/api/index.js';
import {
  RATING_NAMES,
  RATING_ORDER,
  usePageStyles,
  TableScroll,
} from '../../../shared/components/index.js';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    padding: '6px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
  },
  name: {
    padding: '6px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
  },
});

/** The ratings any row has, in the order of the scheme: no column of noughts. */
export function columnsFor(rows: RollUpRow[]): RatingState[] {
  const seen = (s: RatingState) => rows.some((r) => (r.counts[s] ?? 0) > 0);
  return RATING_ORDER.filter(seen);
}

export function CountsTable({
  rows,
  caption,
  nameHeader,
}: {
  rows: RollUpRow[];
  caption: string;
  nameHeader: string;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const columns = columnsFor(rows);
  const cell = (c: RatingCounts, s: RatingState) => c[s] ?? 0;
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption className={page.h3} style={{ textAlign: 'left' }}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.name}>
              {nameHeader}
            </th>
            {columns.map((s) => (
              <th key={s} scope="col" className={styles.cell}>
                {RATING_NAMES[s]}
              </th>
            ))}
            <th scope="col" className={styles.cell}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={styles.name}>
                {r.name}
              </th>
              {columns.map((s) => (
                <td key={s} className={styles.cell}>
                  {cell(r.counts, s)}
                </td>
              ))}
              <td className={styles.cell}>{r.counts.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
