import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px', margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
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
