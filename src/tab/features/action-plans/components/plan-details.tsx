// One action plan as people read it beside a figure, on the indicator page and in My work: owner,
// dates, any overdue mark (in words), expected recovery, corrective actions with their dates and
// whether each is done, progress, approval and, once closed, what came of it.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatDate, formatPeriodKey } from '../../../shared/format/index.js';
import type { ActionPlanView } from '../api/index.js';
import { OverdueMark } from './overdue-mark.js';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) 1fr',
    gap: '4px 16px',
    margin: 0,
    // A phone-width tab has no room for two columns: each term sits above its text.
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr', rowGap: '0' },
  },
  stacked: { gridTemplateColumns: '1fr', rowGap: '0' },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-line',
    '@media (max-width: 480px)': { marginBottom: '6px' },
  },
  stackedValue: { marginBottom: '6px' },
  items: { margin: 0, paddingLeft: '20px' },
  item: { marginBottom: '2px' },
  state: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * "Approved by A Person on 10/07/2025", "Awaiting approval by the Corporate Performance Panel",
 * "Not approved by A Person on 12/07/2025: …".
 */
export function approvalText(plan: ActionPlanView): string {
  const by =
    plan.approval === 'pending' && plan.approver
      ? ` by ${plan.approver}`
      : plan.approvedByName
        ? ` by ${plan.approvedByName}${plan.approvedOn ? ` on ${plan.approvedOn}` : ''}`
        : '';
  const note = plan.approvalNote ? `: ${plan.approvalNote}` : '';
  return `${plan.approvalLabel}${by}${note}`;
}

export interface PlanDetailsProps {
  plan: ActionPlanView;
  /** Every progress note (the indicator page); otherwise only the latest (beside a figure). */
  allProgress?: boolean;
  /** Each term above its text, for a narrow column (beside a figure in My work). */
  stacked?: boolean;
}

export function PlanDetails({ plan, allProgress = false, stacked = false }: PlanDetailsProps) {
  const styles = useStyles();
  const notes = allProgress ? plan.progressViews : plan.progressViews.slice(-1);
  const rows: [string, ReactNode][] = [
    ['Owner', plan.ownerName],
    [
      'Due',
      <>
        {plan.dueOn} <OverdueMark label={plan.overdueLabel} />
      </>,
    ],
    ['Back on target by', formatPeriodKey(plan.expectedRecovery)],
    ['Why', plan.reasons],
    ['What is being done', plan.actions],
    [
      'Corrective actions',
      plan.correctiveActionViews.length === 0 ? (
        'None listed'
      ) : (
        <ul className={styles.items}>
          {plan.correctiveActionViews.map((a, i) => (
            <li key={i} className={styles.item}>
              {a.title}, due {a.dueOn}:{' '}
              <span className={styles.state}>
                {a.done ? 'done' : a.overdue ? 'not done, overdue' : 'not done'}
              </span>
            </li>
          ))}
        </ul>
      ),
    ],
    [
      allProgress ? 'Progress' : 'Latest progress',
      notes.length === 0 ? (
        'None recorded yet'
      ) : (
        <ul className={styles.items}>
          {notes.map((p, i) => (
            <li key={i} className={styles.item}>
              {p.on}, {p.byName}: {p.text}
            </li>
          ))}
        </ul>
      ),
    ],
    ['Approval', approvalText(plan)],
  ];
  if (plan.status === 'closed') {
    rows.push(['Closed', formatDate(plan.closedAt)], ['Outcome', plan.outcome || 'Not recorded']);
  }
  return (
    <dl className={mergeClasses(styles.list, stacked && styles.stacked)}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.value, stacked && styles.stackedValue)}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
