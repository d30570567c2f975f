// Reporting by exception (DESIGN.md): what is not as expected comes first, with the officer's
// commentary and the action plan that answers it.
import { Badge, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardException } from '../../../shared/api/index.js';
import { DirectionArrows, usePageStyles } from '../../../shared/components/index.js';
import { NowRating, YearEndRating, figureText } from './provisional-figure.js';
import { formatDate, formatPeriodKey } from '../../../shared/format/index.js';
import { OverdueMark } from '../../action-plans/index.js';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'center' },
  plan: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}`, paddingLeft: '12px', margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
});

export function ExceptionCard({ row }: { row: DashboardException }) {
  const styles = useStyles();
  const page = usePageStyles();
  const plan = row.actionPlan;
  return (
    <article aria-label={`${row.code} ${row.title}`}>
      <Card>
        <h3 className={page.h3}>
          <Link href={`#/indicators/${encodeURIComponent(row.code)}`}>{row.code}</Link> {row.title}
        </h3>
        <div className={styles.line}>
          <NowRating row={row} />
          <YearEndRating row={row} />
          {row.persistent && (
            <Badge color="severe" appearance="outline" shape="rounded">
              Persistent under-performance
            </Badge>
          )}
          <span>
            {row.periodLabel}: <strong>{figureText(row)}</strong> against a target of{' '}
            {row.targetText}
          </span>
          <DirectionArrows direction={row.direction} labelled />
          <span className={page.muted}>
            {row.directorate}, {row.service}
          </span>
        </div>
        <p>{row.commentary || 'No commentary yet.'}</p>
        {plan ? (
          <dl className={styles.plan}>
            <dt className={styles.term}>
              Action plan ({plan.status}), owner {plan.owner}
            </dt>
            <dd>Why: {plan.reasons}</dd>
            <dd>Actions: {plan.actions}</dd>
            <dd>
              Due {formatDate(plan.dueDate)} <OverdueMark label={plan.overdueLabel} />; expected
              back on target by {formatPeriodKey(plan.expectedRecovery)}
            </dd>
          </dl>
        ) : (
          <p className={page.muted}>No action plan.</p>
        )}
      </Card>
    </article>
  );
}
