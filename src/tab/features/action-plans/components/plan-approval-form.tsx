// Approving a plan (the Authorising Officer or a member of the council's panel, as the council's
// setting says). Not approving needs a note, so the plan's owner knows what to improve.
import { Button, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { formatPeriodKey } from '../../../shared/format/index.js';
import { ErrorBar } from '../../../shared/components/index.js';
import { decideActionPlan, type ActionPlanView } from '../api/index.js';
import { usePlanChange, type PlanChanged } from './use-plan-change.js';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '8px', maxWidth: '640px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export function PlanApprovalForm({
  plan,
  onChanged,
}: {
  plan: ActionPlanView;
  onChanged: PlanChanged;
}) {
  const styles = useStyles();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const change = usePlanChange(onChanged);
  const what = `the ${plan.indicatorCode} action plan from ${formatPeriodKey(plan.periodKey)}`;
  const decide = (decision: 'approve' | 'reject') => {
    if (decision === 'reject' && !note.trim()) {
      setNoteError('Say why the plan is not approved, so its owner can improve it');
      return;
    }
    setNoteError(undefined);
    void change.send(
      () =>
        decideActionPlan(plan.id, {
          version: plan.version,
          decision,
          note: note.trim() || null,
        }),
      decision === 'approve' ? `You approved ${what}.` : `You did not approve ${what}.`,
    );
  };
  return (
    <section className={styles.form} aria-label={`Approve ${what}`}>
      <Field
        label="Note to the plan's owner"
        hint="Needed if you do not approve it"
        validationMessage={noteError}
      >
        <Textarea
          id={`plan-approval-${plan.id}`}
          value={note}
          onChange={(_, d) => setNote(d.value)}
          resize="vertical"
        />
      </Field>
      {change.failure && <ErrorBar>{change.failure}</ErrorBar>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={change.busy} onClick={() => decide('approve')}>
          Approve
        </Button>
        <Button disabled={change.busy} onClick={() => decide('reject')}>
          Not approved
        </Button>
      </div>
    </section>
  );
}
