// Label → text pairs (an indicator's facts, its comparators), readable at 320 px as at 1920.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    // The label column as wide as its longest label, but never so wide the figures run off.
    gridTemplateColumns: 'fit-content(45%) minmax(0, 1fr)',
    gap: '6px 16px',
    margin: 0,
    // A 320 px side panel: each label above its value, not squeezed beside it.
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: '2px' },
  },
  term: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': { marginTop: '6px' },
  },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** A two-column description list of label → text, skipping empty entries. */
export function FactsList({ facts }: { facts: [string, string | null | undefined][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {facts
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt className={styles.term}>{k}</dt>
            <dd className={styles.value}>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
