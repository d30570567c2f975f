// The last four periods with their ratings, so the officer sees the trend before typing.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnView } from '../../../shared/api/index.js';
import { RatingBadge } from '../../../shared/components/index.js';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { padding: '2px 12px 2px 0', textAlign: 'left' },
  caption: { textAlign: 'left', color: tokens.colorNeutralForeground2, paddingBottom: '2px' },
});

export function ReturnHistory({ ret }: { ret: ReturnView }) {
  const styles = useStyles();
  if (ret.history.length === 0) return <p>No earlier figures.</p>;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>Last {ret.history.length} periods</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            Period
          </th>
          <th scope="col" className={styles.cell}>
            Figure
          </th>
          <th scope="col" className={styles.cell}>
            Target
          </th>
          <th scope="col" className={styles.cell}>
            Rating
          </th>
        </tr>
      </thead>
      <tbody>
        {ret.history.map((h) => (
          <tr key={h.periodKey}>
            <th scope="row" className={styles.cell}>
              {h.periodLabel}
            </th>
            <td className={styles.cell}>{h.valueText}</td>
            <td className={styles.cell}>{h.targetText}</td>
            <td className={styles.cell}>
              <RatingBadge state={h.rating.state} label={h.rating.label} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
