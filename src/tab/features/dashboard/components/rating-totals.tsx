// Totals by rating as coloured count cards; each card names its rating, so colour is never the
// only cue (WCAG 1.4.1).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RatingCounts, RatingState } from '../../../shared/api/index.js';
import { RATING_NAMES, RATING_ORDER, accentOf, inkOf } from '../../../shared/components/index.js';
import { RatingShape } from '../../../shared/charts/index.js';
import { formatCount } from '../../../shared/format/index.js';

/** The tiles' look, shared with the strategic dashboard's headline counts. */
export const useRatingTileStyles = makeStyles({
  // Tracks of one width for both lists, not a wrapping row: ten fit a 1366 px laptop, so the Total
  // tile no longer drops onto a line of its own; a side panel takes two a row.
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(124px, 100%), 1fr))',
    '@media (max-width: 480px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    gap: '12px',
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  card: {
    padding: '12px',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '8px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  count: {
    display: 'block',
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  total: { backgroundColor: tokens.colorNeutralBackground3 },
});

export function ratingsIn(counts: RatingCounts): RatingState[] {
  return RATING_ORDER.filter((s) => (counts[s] ?? 0) > 0);
}

export function RatingTotals({ counts, label }: { counts: RatingCounts; label: string }) {
  const styles = useRatingTileStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {ratingsIn(counts).map((s) => (
        <li key={s} className={styles.card} style={{ borderLeftColor: accentOf(s) }}>
          <span className={styles.count}>{formatCount(counts[s] ?? 0)}</span>
          <span className={styles.label}>
            <RatingShape state={s} colour={inkOf(s)} />
            {RATING_NAMES[s]}
          </span>
        </li>
      ))}
      <li className={`${styles.card} ${styles.total}`}>
        <span className={styles.count}>{formatCount(counts.total)}</span>
        <span className={styles.label}>Total</span>
      </li>
    </ul>
  );
}
