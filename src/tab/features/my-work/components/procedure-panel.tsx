// The written procedure a checker or authoriser checks the figure against: the version the figure
// was entered under (issue 14), which may be older than today's, as the check card shows it.
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnView } from '../../../shared/api/index.js';

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
    margin: '0 0 8px',
  },
  heading: { margin: '0 0 4px', fontSize: tokens.fontSizeBase300 },
  note: { margin: '0 0 4px', color: tokens.colorNeutralForeground2 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) 1fr',
    gap: '4px 16px',
    margin: 0,
    // A phone-width tab has no room for two columns: each term sits above its text.
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr', rowGap: '0' },
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': { marginBottom: '6px' },
  },
});

export function ProcedurePanel({ ret }: { ret: ReturnView }) {
  const styles = useStyles();
  const { procedure: p, label, current } = ret.procedure;
  const rows: [string, string][] = [
    ['How it is worked out', p.calculation],
    ['Source', p.source],
    ['Evidence kept', p.evidenceLocation],
    ['How to verify', p.verification],
  ];
  return (
    // Named for its return: My work shows several of these at once, and landmarks must differ.
    <section
      className={styles.panel}
      aria-label={`Written procedure for ${ret.indicator.code} ${ret.periodLabel}, ${label}`}
    >
      <h4 className={styles.heading}>Written procedure ({label})</h4>
      {!current && (
        <p className={styles.note}>
          The figure was entered under this version; the procedure has changed since.
        </p>
      )}
      <dl className={styles.list}>
        {rows.map(([term, text]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{text || 'Not written'}</dd>
          </div>
        ))}
      </dl>
      {p.url && (
        <Link href={p.url} target="_blank" rel="noreferrer">
          Open the full written procedure
        </Link>
      )}
    </section>
  );
}
