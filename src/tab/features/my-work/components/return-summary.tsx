// The facts about one return every card shows: which indicator and period, when it is due and
// against what target.
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnView } from '../../../shared/api/index.js';
import { formatDate } from '../../../shared/format/index.js';
import { usePageStyles } from '../../../shared/components/index.js';

const useStyles = makeStyles({
  facts: { display: 'flex', flexWrap: 'wrap', gap: '4px 20px', margin: '4px 0 8px', padding: 0 },
  fact: { display: 'flex', gap: '4px' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export function ReturnHeading({ ret }: { ret: ReturnView }) {
  const page = usePageStyles();
  return (
    <h3 className={page.h3}>
      <Link href={`#/indicators/${encodeURIComponent(ret.indicator.code)}`}>
        {ret.indicator.code}
      </Link>{' '}
      {ret.indicator.title}
      {' — '}
      {ret.periodLabel}
    </h3>
  );
}

export function ReturnFacts({ ret }: { ret: ReturnView }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      <div className={styles.fact}>
        <dt className={styles.term}>Due</dt>
        <dd className={styles.value}>
          {formatDate(ret.dueDate)}{' '}
          {ret.overdue && (
            <Badge color="danger" appearance="filled" shape="rounded">
              Overdue
            </Badge>
          )}
        </dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.term}>Target</dt>
        <dd className={styles.value}>{ret.targetText}</dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.term}>Better is</dt>
        <dd className={styles.value}>
          {ret.indicator.polarity === 'higher'
            ? 'higher'
            : ret.indicator.polarity === 'lower'
              ? 'lower'
              : 'not set'}
        </dd>
      </div>
    </dl>
  );
}
