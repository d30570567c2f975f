// What a checker or authoriser looks at: the figure against its target, the rating, the words.
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnView } from '../../../shared/api/index.js';
import { RatingBadge } from '../../../shared/components/index.js';
import { formatDateTime } from '../../../shared/format/index.js';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: '4px 16px',
    margin: '4px 0 8px',
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  figure: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function FigureFacts({ ret }: { ret: ReturnView }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Figure</dt>
      <dd className={styles.figure}>
        {ret.notAvailableReason ? `Not available: ${ret.notAvailableReason}` : ret.valueText}
      </dd>
      <dt className={styles.term}>Target</dt>
      <dd className={styles.value}>{ret.targetText}</dd>
      <dt className={styles.term}>Rating</dt>
      <dd className={styles.value}>
        <RatingBadge state={ret.rating.state} label={ret.rating.label} />
      </dd>
      <dt className={styles.term}>Commentary</dt>
      <dd className={styles.value}>{ret.commentary || 'None given'}</dd>
      {ret.evidenceUrl && (
        <>
          <dt className={styles.term}>Evidence</dt>
          <dd className={styles.value}>
            <Link href={ret.evidenceUrl} target="_blank" rel="noreferrer">
              Open the evidence
            </Link>
          </dd>
        </>
      )}
      <dt className={styles.term}>Entered by</dt>
      <dd className={styles.value}>
        {ret.enteredBy?.name ?? 'Unknown'}
        {ret.enteredAt ? ` on ${formatDateTime(ret.enteredAt)}` : ''}
      </dd>
      {ret.checkedBy && (
        <>
          <dt className={styles.term}>Checked by</dt>
          <dd className={styles.value}>{ret.checkedBy.name}</dd>
        </>
      )}
    </dl>
  );
}
