// The dashboard's narrative summary: the same rule-made sentences the reports open with (issue 19,
// item 5), one per line, so a leader reads what moved before the charts and tables.
import { makeStyles, tokens } from '@fluentui/react-components';
import { usePageStyles } from '../../../shared/components/index.js';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: '20px',
    display: 'grid',
    gap: '6px',
    // A line of ~80 characters stays readable on a 1920 px screen.
    maxWidth: '80ch',
    lineHeight: tokens.lineHeightBase400,
    fontSize: tokens.fontSizeBase400,
  },
});

export function NarrativeSummary({ sentences }: { sentences: readonly string[] }) {
  const styles = useStyles();
  const page = usePageStyles();
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby="narrative-heading">
      <h2 id="narrative-heading" className={page.h2}>
        Key points
      </h2>
      <ul className={styles.list}>
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
