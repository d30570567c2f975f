// Checking an off-target figure needs an Action Plan (DESIGN.md workflow): why it is below target,
// what is being done, who owns it, by when, the corrective actions each with its own date, and when
// it should be back on target. No date may already have passed: the plan would start overdue.
import { Button, Field, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError, getToday, type ReturnView } from '../../../shared/api/index.js';
import { ErrorBar, UkDateField, useLoad, usePageStyles } from '../../../shared/components/index.js';
import {
  CorrectiveActionRows,
  rowErrors,
  toCorrectiveActions,
  type ActionRow,
  type RowErrors,
} from '../../action-plans/index.js';
import { createActionPlan, getPeople } from '../api/index.js';
import { recoveryPeriods } from './recovery-periods.js';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '640px' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: '12px',
  },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: '8px' },
});

const KNOWN = ['reasons', 'actions', 'ownerId', 'dueDate', 'expectedRecovery'];
/** `correctiveActions[1].dueDate` → "Corrective action 2's date"; other fields as they are. */
function fieldWords(field: string): string {
  const m = /^correctiveActions\[(\d+)\]\.(title|dueDate)$/.exec(field);
  if (!m) return field === 'correctiveActions' ? 'The corrective actions' : field;
  return `Corrective action ${Number(m[1]) + 1}${m[2] === 'dueDate' ? "'s date" : ''}`;
}

type Errors = Partial<
  Record<'reasons' | 'actions' | 'ownerId' | 'dueDate' | 'expectedRecovery', string>
>;

export interface ActionPlanFormProps {
  ret: ReturnView;
  meId: string;
  onCreated: (actionPlanId: string) => void;
  onCancel: () => void;
  /** The form's heading; "Action plan for <code>" unless given. */
  title?: string;
}

export function ActionPlanForm({ ret, meId, onCreated, onCancel, title }: ActionPlanFormProps) {
  const styles = useStyles();
  const page = usePageStyles();
  const people = useLoad(getPeople, []);
  const periods = useLoad(() => recoveryPeriods(ret), [ret.id]);
  const today = useLoad(getToday, []);
  const [reasons, setReasons] = useState('');
  const [actions, setActions] = useState('');
  const [ownerId, setOwnerId] = useState(meId);
  const [dueDate, setDueDate] = useState('');
  const [recovery, setRecovery] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [rows, setRows] = useState<ActionRow[]>([]);
  const [rowProblems, setRowProblems] = useState<RowErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosenRecovery = recovery || periods.data?.[0]?.key || '';
  const id = (f: string) => `plan-${f}-${ret.id}`;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const found: Errors = {};
    if (!reasons.trim()) found.reasons = 'Say why performance is below target';
    if (!actions.trim()) found.actions = 'Say what is being done to recover';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate))
      found.dueDate = 'Enter the date the actions are due, as dd/mm/yyyy';
    else if (today.data && dueDate < today.data.today)
      found.dueDate = 'That date has passed: the plan would start overdue';
    if (!chosenRecovery) found.expectedRecovery = 'Choose when it should be back on target';
    const badRows = rowErrors(rows);
    for (const r of rows) {
      if (!badRows[r.key] && today.data && r.dueDate < today.data.today)
        badRows[r.key] = { dueDate: 'That date has passed: the plan would start overdue' };
    }
    setErrors(found);
    setRowProblems(badRows);
    if (Object.keys(found).length || Object.keys(badRows).length) return;
    setBusy(true);
    setFailure(null);
    try {
      const plan = await createActionPlan({
        indicatorId: ret.indicator.id,
        periodKey: ret.periodKey,
        reasons: reasons.trim(),
        actions: actions.trim(),
        ownerId,
        dueDate,
        expectedRecovery: chosenRecovery,
        correctiveActions: toCorrectiveActions(rows),
      });
      onCreated(plan.id);
    } catch (e) {
      const problems = e instanceof ApiError ? (e.body.problems ?? []) : [];
      const known = problems.filter((p) => KNOWN.includes(p.field));
      if (known.length) setErrors(Object.fromEntries(known.map((p) => [p.field, p.message])));
      const other = problems.filter((p) => !KNOWN.includes(p.field));
      if (other.length)
        setFailure(other.map((p) => `${fieldWords(p.field)} ${p.message}`).join('; '));
      else if (!known.length) setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby={id('heading')}
    >
      <h4 id={id('heading')} className={page.h3}>
        {title ?? `Action plan for ${ret.indicator.code}`}
      </h4>
      <p>
        {ret.valueText} is off target ({ret.targetText}). Write an action plan to pass the check.
      </p>
      <Field label="Why is performance below target?" required validationMessage={errors.reasons}>
        <Textarea id={id('reasons')} value={reasons} onChange={(_, d) => setReasons(d.value)} />
      </Field>
      <Field label="What is being done to recover?" required validationMessage={errors.actions}>
        <Textarea id={id('actions')} value={actions} onChange={(_, d) => setActions(d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label="Owner" required validationMessage={errors.ownerId}>
          <Select id={id('owner')} value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
            {(people.data ?? [{ id: meId, name: 'Me', jobTitle: '' }]).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <UkDateField
          label="Actions due by"
          required
          value={dueDate || null}
          onChange={(iso) => setDueDate(iso ?? '')}
          error={errors.dueDate}
        />
        <Field
          label="Expected back on target by"
          required
          validationMessage={errors.expectedRecovery}
        >
          <Select
            id={id('recovery')}
            value={chosenRecovery}
            onChange={(_, d) => setRecovery(d.value)}
          >
            {(periods.data ?? []).map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Corrective actions (optional), each with its date</legend>
        <CorrectiveActionRows
          rows={rows}
          onChange={setRows}
          errors={rowProblems}
          label="Corrective actions of the new plan"
        />
      </fieldset>
      {failure && <ErrorBar>{failure}</ErrorBar>}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Save the action plan and pass
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
