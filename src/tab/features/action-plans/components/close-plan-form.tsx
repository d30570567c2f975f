// Closing a plan says what came of it: the outcome is required (the server refuses a blank one too).
import { Button, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { formatPeriodKey } from '../../../shared/format/index.js';
import { ErrorBar } from '../../../shared/components/index.js';
import { closeActionPlan, type ActionPlanView } from '../api/index.js';
import { usePlanChange, type PlanChanged } from './use-plan-change.js';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '8px', maxWidth: '640px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export interface ClosePlanFormProps {
  plan: ActionPlanView;
  onChanged: PlanChanged;
  onCancel: () => void;
}

export function ClosePlanForm({ plan, onChanged, onCancel }: ClosePlanFormProps) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | undefined>();
  const change = usePlanChange(onChanged);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!outcome.trim()) {
      setError('Say what came of the plan before closing it');
      return;
    }
    setError(undefined);
    void change.send(
      () => closeActionPlan(plan.id, { version: plan.version, outcome: outcome.trim() }),
      `The ${plan.indicatorCode} action plan from ${formatPeriodKey(plan.periodKey)} was closed.`,
    );
  };
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={`Close the action plan from ${formatPeriodKey(plan.periodKey)}`}
    >
      <Field label="What came of the plan?" required validationMessage={error}>
        <Textarea
          id={`plan-outcome-${plan.id}`}
          value={outcome}
          onChange={(_, d) => setOutcome(d.value)}
          resize="vertical"
        />
      </Field>
      {change.failure && <ErrorBar>{change.failure}</ErrorBar>}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={change.busy}>
          Close the plan
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
