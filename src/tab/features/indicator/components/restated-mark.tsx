// The mark of a restated figure, in words: "Restated — <why>", and the earlier authorised figures
// it replaced, with who authorised and who reopened them and when, so nobody mistakes the figure
// shown for the one first reported.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { HistoryRow } from '../../../shared/api/index.js';

const useStyles = makeStyles({
  // Wide enough to read in a narrow, scrolling table, rather than a word a line.
  box: { minWidth: '16em' },
  mark: { fontWeight: tokens.fontWeightSemibold, marginTop: '4px' },
  earlier: { margin: '2px 0 0', paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
});

export function RestatedMark({ row }: { row: HistoryRow }) {
  const styles = useStyles();
  if (!row.restated) return null;
  return (
    <div className={styles.box}>
      <div className={styles.mark}>{row.restated}</div>
      <ul className={styles.earlier} aria-label={`Earlier figures for ${row.periodLabel}`}>
        {row.restatements.map((r, n) => (
          <li key={r.reopenedAt}>
            Earlier figure {r.valueText}
            {r.authorisedOn &&
              `, authorised ${r.authorisedOn}${r.authorisedBy ? ` by ${r.authorisedBy.name}` : ''}`}
            ; reopened {r.reopenedOn}
            {r.reopenedBy ? ` by ${r.reopenedBy.name}` : ''}
            {/* The latest reason is the mark above; earlier ones are said with their figure. */}
            {n < row.restatements.length - 1 && `: ${r.reason}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
