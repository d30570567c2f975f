// One return in My work, as an article with its own heading.
import {
  Card,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ReturnView } from '../../../shared/api/index.js';
import { usePageStyles } from '../../../shared/components/index.js';
import { PlanDetails, planTitle } from '../../action-plans/index.js';
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
  // With a plan: beside the figure on a wide tab; on a narrow one, just before it (and its buttons).
  withPlan: {
    gridTemplateAreas: '"main plan" "main history"',
    gridTemplateRows: 'auto 1fr',
    '@media (max-width: 800px)': { gridTemplateAreas: '"plan" "main" "history"' },
  },
  main: { gridArea: 'main', minWidth: 0 },
  planArea: { gridArea: 'plan', minWidth: 0 },
  history: { gridArea: 'history', minWidth: 0 },
  plan: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
    minWidth: 0,
  },
});

/** The plan the check attached, beside the figure (issue 14: the Authorising Officer sees it). */
function AttachedPlan({ ret }: { ret: ReturnView }) {
  const styles = useStyles();
  const page = usePageStyles();
  if (!ret.actionPlan) return null;
  const title = planTitle(ret.actionPlan);
  return (
    <section
      className={styles.plan}
      aria-label={`${title}, for ${ret.indicator.code} ${ret.periodLabel}`}
    >
      <h4 className={page.h3}>{title}</h4>
      <PlanDetails plan={ret.actionPlan} stacked />
    </section>
  );
}

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
        <div className={mergeClasses(styles.body, ret.actionPlan ? styles.withPlan : undefined)}>
          <div className={ret.actionPlan ? styles.main : undefined}>{children}</div>
          {ret.actionPlan && (
            <div className={styles.planArea}>
              <AttachedPlan ret={ret} />
            </div>
          )}
          {ret.actionPlan ? (
            <div className={styles.history}>
              <ReturnHistory ret={ret} />
            </div>
          ) : (
            <ReturnHistory ret={ret} />
          )}
        </div>
      </Card>
    </article>
  );
}
