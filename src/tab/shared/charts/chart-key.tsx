// The key under a rating chart: each rating's colour, shape and word, in the chart's order.
import { makeStyles } from '@fluentui/react-components';
import type { RatingState } from '../api/index.js';
import { RATING_NAMES } from '../components/rating-style.js';
import { fillOf } from './chart-fill.js';
import { RatingShape } from './rating-shape.js';

const useStyles = makeStyles({
  key: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 16px',
    listStyle: 'none',
    padding: 0,
    margin: '8px 0 0',
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
});

export function RatingKey({ states, label }: { states: RatingState[]; label: string }) {
  const s = useStyles();
  return (
    <ul className={s.key} aria-label={label}>
      {states.map((r) => (
        <li key={r} className={s.item}>
          <RatingShape state={r} colour={fillOf(r)} size="1.1em" />
          {RATING_NAMES[r]}
        </li>
      ))}
    </ul>
  );
}
