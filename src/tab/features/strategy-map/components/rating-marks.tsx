// A rating as the map shows it: a shape (circle Good/Strong, triangle Review, square Action, ring
// for the rest — the indicator chart's shapes) beside the word, never colour alone (WCAG 1.4.1);
// and a branch's roll-up as counts, each with its shape and word.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RatingCounts, RatingState } from '../../../shared/api/index.js';
import {
  RATING_NAMES,
  RATING_ORDER,
  RatingBadge,
  visuallyHidden,
} from '../../../shared/components/index.js';
import { Marker, lookOf } from '../../indicator/components/chart-marker.js';

const useStyles = makeStyles({
  rating: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px 10px',
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  count: { display: 'inline-flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
  noun: { color: tokens.colorNeutralForeground2, marginRight: '2px' },
});

export function RatingShape({ state, size = 14 }: { state: RatingState; size?: number }) {
  const look = lookOf(state, '');
  const r = size * 0.36;
  return (
    <svg width={size} height={size} aria-hidden="true" focusable="false">
      <Marker x={size / 2} y={size / 2 + (look.shape === 'triangle' ? 1 : 0)} r={r} look={look} />
    </svg>
  );
}

export function LeafRating({ state, size }: { state: RatingState; size?: number }) {
  const styles = useStyles();
  return (
    <span className={styles.rating}>
      <RatingShape state={state} size={size} />
      <RatingBadge state={state} />
    </span>
  );
}

/** "3 indicators: ● 2 Good ▲ 1 Review", as a line of shape-and-word counts. */
export function CountMarks({
  counts,
  noun,
  size,
}: {
  counts: RatingCounts;
  noun: [string, string];
  size?: number;
}) {
  const styles = useStyles();
  if (counts.total === 0) return null;
  return (
    <span className={styles.counts}>
      <span className={styles.noun}>
        {counts.total} {counts.total === 1 ? noun[0] : noun[1]}:
      </span>{' '}
      {RATING_ORDER.filter((s) => (counts[s] ?? 0) > 0).map((s, i) => (
        <span key={s} className={styles.count}>
          {/* Read as "2 Strong, 4 Good": the gap that separates them on screen is silent. */}
          {i > 0 && <span style={visuallyHidden}>, </span>}
          <RatingShape state={s} size={size} />
          {counts[s]} {RATING_NAMES[s]}
        </span>
      ))}
    </span>
  );
}
