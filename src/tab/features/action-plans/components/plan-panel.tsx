// One action plan with what the viewer may do to it: add progress, tick actions off or add them,
// close it with its outcome (its owner, the indicator's officers, the performance team), and
// approve it or not (the Authorising Officer or the council's panel, when the council asks).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { usePageStyles } from '../../../shared/components/index.js';
import { formatPeriodKey } from '../../../shared/format/index.js';
import type { ActionPlanView } from '../api/index.js';
import { ClosePlanForm } from './close-plan-form.js';
import { PlanApprovalForm } from './plan-approval-form.js';
import { PlanDetails } from './plan-details.js';
import { PlanProgressForm } from './plan-progress-form.js';
import type { PlanChanged } from './use-plan-change.js';

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    display: 'grid',
    gap: '12px',
    minWidth: 0,
  },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** "Action plan from Oct 2025, due 30/09/2026: open, overdue since 30/09/2026". */
export function planTitle(plan: ActionPlanView, withCode = false): string {
  const state = plan.status === 'open' ? 'open' : 'closed';
  const overdue = plan.overdueLabel ? `, ${plan.overdueLabel}` : '';
  const code = withCode ? `${plan.indicatorCode} action plan` : 'Action plan';
  return `${code} from ${formatPeriodKey(plan.periodKey)}, due ${plan.dueOn}: ${state}${overdue}`;
}

export interface PlanPanelProps {
  plan: ActionPlanView;
  onChanged: PlanChanged;
  /** Name the indicator in the heading (lists across indicators). */
  withCode?: boolean;
  headingLevel?: 3 | 4;
}

export function PlanPanel({ plan, onChanged, withCode, headingLevel = 3 }: PlanPanelProps) {
  const styles = useStyles();
  const page = usePageStyles();
  const [open, setOpen] = useState<'none' | 'progress' | 'close'>('none');
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const title = planTitle(plan, withCode);
  const changed: PlanChanged = (p, message) => {
    setOpen('none');
    onChanged(p, message);
  };
  return (
    <section className={styles.panel} aria-label={title} data-plan-id={plan.id}>
      <H className={page.h3}>{title}</H>
      <PlanDetails plan={plan} allProgress />
      {plan.mayApprove && <PlanApprovalForm plan={plan} onChanged={changed} />}
      {plan.mayUpdate && open === 'none' && (
        <div className={styles.actions}>
          <Button onClick={() => setOpen('progress')} aria-label={`Add progress to: ${title}`}>
            Add progress
          </Button>
          <Button onClick={() => setOpen('close')} aria-label={`Close: ${title}`}>
            Close the plan
          </Button>
        </div>
      )}
      {plan.mayUpdate && open === 'progress' && (
        <PlanProgressForm plan={plan} onChanged={changed} onCancel={() => setOpen('none')} />
      )}
      {plan.mayUpdate && open === 'close' && (
        <ClosePlanForm plan={plan} onChanged={changed} onCancel={() => setOpen('none')} />
      )}
    </section>
  );
}
