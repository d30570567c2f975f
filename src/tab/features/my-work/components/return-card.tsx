// One return in My work, as an article with its own heading.
import { Card, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ReturnView } from '../../../shared/api/index.js';
import { ReturnHeading, ReturnFacts } from './return-summary.js';
import { ReturnHistory } from './return-history.js';

const useStyles = makeStyles({
  body: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: '1fr' },
  },
});

export function ReturnCard({ ret, children }: { ret: ReturnView; children: ReactNode }) {
  const styles = useStyles();
  return (
    <article aria-label={`${ret.indicator.code} ${ret.periodLabel}`} data-return-id={ret.id}>
      <Card>
        <ReturnHeading ret={ret} />
        <ReturnFacts ret={ret} />
        {ret.waitingFor?.fallback && (
          // Why a return nobody assigned may take has come to this person (issue 14: no dead ends).
          <MessageBar intent="info" data-testid="routed-reason">
            <MessageBarBody>Why this is with you: {ret.waitingFor.reason}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <div>{children}</div>
          <ReturnHistory ret={ret} />
        </div>
      </Card>
    </article>
  );
}
