// Progress on an open plan: a note on where it stands, corrective actions ticked off as done, and
// new ones added. At least one of these is needed; the server says the same.
import { Button, Checkbox, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { formatPeriodKey } from '../../../shared/format/index.js';
import { ErrorBar } from '../../../shared/components/index.js';
import { updateActionPlan, type ActionPlanView } from '../api/index.js';
import {
  CorrectiveActionRows,
  rowErrors,
  toCorrectiveActions,
  type ActionRow,
  type RowErrors,
} from './corrective-action-rows.js';
import { usePlanChange, type PlanChanged } from './use-plan-change.js';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '640px' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  legend: { padding: 0, marginBottom: '4px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export interface PlanProgressFormProps {
  plan: ActionPlanView;
  onChanged: PlanChanged;
  onCancel: () => void;
}

export function PlanProgressForm({ plan, onChanged, onCancel }: PlanProgressFormProps) {
  const styles = useStyles();
  const [note, setNote] = useState('');
  const [done, setDone] = useState(() => plan.correctiveActionViews.map((a) => a.done));
  const [rows, setRows] = useState<ActionRow[]>([]);
  const [errors, setErrors] = useState<RowErrors>({});
  const [noteError, setNoteError] = useState<string | undefined>();
  const change = usePlanChange(onChanged);
  const id = (f: string) => `plan-${f}-${plan.id}`;

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const ticked = done
      .map((d, index) => ({ index, done: d }))
      .filter((d) => d.done !== plan.correctiveActionViews[d.index]!.done);
    const found = rowErrors(rows);
    setErrors(found);
    const nothing = !note.trim() && ticked.length === 0 && rows.length === 0;
    setNoteError(nothing ? 'Say where the plan stands, tick an action done or add one' : undefined);
    if (nothing || Object.keys(found).length) return;
    void change.send(
      () =>
        updateActionPlan(plan.id, {
          version: plan.version,
          ...(note.trim() ? { progress: note.trim() } : {}),
          ...(ticked.length ? { done: ticked } : {}),
          ...(rows.length ? { add: toCorrectiveActions(rows) } : {}),
        }),
      `Progress on the ${plan.indicatorCode} action plan from ${formatPeriodKey(plan.periodKey)} was saved.`,
    );
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={`Progress on the action plan from ${formatPeriodKey(plan.periodKey)}`}
    >
      <Field label="Where does the plan stand?" validationMessage={noteError}>
        <Textarea
          id={id('progress')}
          value={note}
          onChange={(_, d) => setNote(d.value)}
          resize="vertical"
        />
      </Field>
      {plan.correctiveActionViews.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Corrective actions done</legend>
          {plan.correctiveActionViews.map((a, i) => (
            <Checkbox
              key={i}
              label={`${a.title} (due ${a.dueOn})`}
              checked={done[i] ?? false}
              onChange={(_, d) => setDone(done.map((x, j) => (j === i ? d.checked === true : x)))}
            />
          ))}
        </fieldset>
      )}
      <CorrectiveActionRows
        rows={rows}
        onChange={setRows}
        errors={errors}
        label="Corrective actions to add"
      />
      {change.failure && <ErrorBar>{change.failure}</ErrorBar>}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={change.busy}>
          Save progress
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
