// Totals by rating as coloured count cards; each card names its rating, so colour is never the
// only cue (WCAG 1.4.1).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RatingCounts, RatingState } from '../../../shared/api/index.js';
import { RATING_NAMES, RATING_ORDER, accentOf } from '../../../shared/components/index.js';
import { formatCount } from '../../../shared/format/index.js';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '12px',
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  card: {
    minWidth: '120px',
    padding: '12px 16px',
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
  label: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export function ratingsIn(counts: RatingCounts): RatingState[] {
  return RATING_ORDER.filter((s) => (counts[s] ?? 0) > 0);
}

export function RatingTotals({ counts, label }: { counts: RatingCounts; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {ratingsIn(counts).map((s) => (
        <li key={s} className={styles.card} style={{ borderLeftColor: accentOf(s) }}>
          <span className={styles.count}>{formatCount(counts[s] ?? 0)}</span>
          <span className={styles.label}>{RATING_NAMES[s]}</span>
        </li>
      ))}
      <li className={styles.card}>
        <span className={styles.count}>{formatCount(counts.total)}</span>
        <span className={styles.label}>Total</span>
      </li>
    </ul>
  );
}
