// The key to the shapes, once above the map: shape and word together, never colour alone.
import { makeStyles } from '@fluentui/react-components';
import type { RatingState } from '../../../shared/api/index.js';
import { RatingShape } from './rating-marks.js';

const useStyles = makeStyles({
  key: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: 0, padding: 0 },
  entry: { display: 'inline-flex', alignItems: 'center', gap: '6px', listStyle: 'none' },
});

const ENTRIES: [RatingState, string][] = [
  ['good', 'Strong or Good'],
  ['review', 'Review'],
  ['action', 'Action'],
  ['not-rated', 'Missing, provisional, not due or not rated'],
];

export function MapKey({ size }: { size?: number }) {
  const styles = useStyles();
  return (
    <ul className={styles.key} aria-label="Key to the rating shapes">
      {ENTRIES.map(([state, words]) => (
        <li key={state} className={styles.entry}>
          <RatingShape state={state} size={size} />
          {words}
        </li>
      ))}
    </ul>
  );
}
