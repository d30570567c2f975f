// The Collection Officer's inline form: the figure (or "not available" with a reason), commentary,
// evidence link and forecast. A figure far from the history is questioned by the server (422
// confirmation-required) and sent again with confirm:true once the officer says it is right.
import { Button, Checkbox, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError, type ReturnView } from '../../../shared/api/index.js';
import { ErrorBar, InfoBar } from '../../../shared/components/index.js';
import { submitReturn, type SubmitInput } from '../api/index.js';
import { conflictMessage, describeFailure, isConflict } from './describe-failure.js';
import { parseFigure } from './parse-number.js';
import { validateEntry, type EntryDraft, type FieldErrors } from './validate-entry.js';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '640px' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: '12px',
  },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

const fmt = (v: number | null) => (v === null ? '' : String(v));

export interface EnterReturnFormProps {
  ret: ReturnView;
  onDone: (message: string) => void;
  /** A 409: the page says so (with `message`) and reloads. */
  onConflict: (message: string) => void;
}

export function EnterReturnForm({ ret, onDone, onConflict }: EnterReturnFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<EntryDraft>({
    value: fmt(ret.value),
    notAvailable: ret.notAvailableReason !== null,
    notAvailableReason: ret.notAvailableReason ?? '',
    commentary: ret.commentary,
    evidenceUrl: ret.evidenceUrl ?? '',
    forecast: fmt(ret.forecast),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [question, setQuestion] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${f}-${ret.id}`;
  const set = (patch: Partial<EntryDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setQuestion(null);
  };

  const send = async (confirm: boolean) => {
    const found = validateEntry(draft);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    const value = draft.notAvailable
      ? null
      : (parseFigure(draft.value) as { value: number | null }).value;
    const forecast = (parseFigure(draft.forecast) as { value: number | null }).value;
    const input: SubmitInput = {
      version: ret.version,
      value,
      notAvailableReason: draft.notAvailable ? draft.notAvailableReason.trim() : null,
      commentary: draft.commentary.trim(),
      evidenceUrl: draft.evidenceUrl.trim() || null,
      forecast,
      ...(confirm ? { confirm: true } : {}),
    };
    setBusy(true);
    try {
      await submitReturn(ret.id, input);
      onDone(
        `${ret.indicator.code} for ${ret.periodLabel} sent to ${ret.responsible?.name ?? 'the Responsible Officer'} to check.`,
      );
    } catch (e) {
      if (e instanceof ApiError && e.body.error === 'confirmation-required')
        setQuestion(e.body.question ?? e.body.message);
      else if (e instanceof ApiError && e.status === 400 && e.body.problems?.length) {
        setErrors(Object.fromEntries(e.body.problems.map((p) => [p.field, p.message])));
      } else if (isConflict(e)) {
        const typed = draft.notAvailable
          ? 'your "not available" reason'
          : `your figure (${draft.value.trim()})`;
        onConflict(conflictMessage(`${ret.indicator.code} for ${ret.periodLabel}`, typed));
      } else setFailure(describeFailure(e));
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    void send(false);
  };

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      aria-label={`Enter ${ret.indicator.code} for ${ret.periodLabel}`}
    >
      {ret.sentBackReason && (
        <InfoBar intent="warning">
          Sent back by {ret.sentBackBy?.name ?? 'the checker'}: {ret.sentBackReason}
        </InfoBar>
      )}
      <div className={styles.pair}>
        <Field
          label={`Figure for ${ret.periodLabel}`}
          validationMessage={errors.value}
          required={!draft.notAvailable}
        >
          <Input
            id={id('value')}
            inputMode="decimal"
            value={draft.value}
            disabled={draft.notAvailable}
            onChange={(_, d) => set({ value: d.value })}
          />
        </Field>
        <Field label="Forecast for the year end (optional)" validationMessage={errors.forecast}>
          <Input
            id={id('forecast')}
            inputMode="decimal"
            value={draft.forecast}
            onChange={(_, d) => set({ forecast: d.value })}
          />
        </Field>
      </div>
      <Checkbox
        id={id('na')}
        label="The figure is not available this period"
        checked={draft.notAvailable}
        onChange={(_, d) => set({ notAvailable: Boolean(d.checked) })}
      />
      {draft.notAvailable && (
        <Field
          label="Why is it not available?"
          required
          validationMessage={errors.notAvailableReason}
        >
          <Textarea
            id={id('reason')}
            value={draft.notAvailableReason}
            onChange={(_, d) => set({ notAvailableReason: d.value })}
          />
        </Field>
      )}
      <Field
        label="Commentary"
        hint="What explains the figure, and what is being done about it."
        validationMessage={errors.commentary}
      >
        <Textarea
          id={id('commentary')}
          value={draft.commentary}
          onChange={(_, d) => set({ commentary: d.value })}
          resize="vertical"
        />
      </Field>
      <Field label="Evidence link (optional)" validationMessage={errors.evidenceUrl}>
        <Input
          id={id('evidence')}
          type="url"
          value={draft.evidenceUrl}
          onChange={(_, d) => set({ evidenceUrl: d.value })}
        />
      </Field>
      {failure && <ErrorBar>{failure}</ErrorBar>}
      {question ? (
        <div role="alert">
          <InfoBar intent="warning">{question}</InfoBar>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void send(true)}>
              Yes, it's right
            </Button>
            <Button onClick={() => setQuestion(null)}>No, let me change it</Button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy}>
            Submit for checking
          </Button>
        </div>
      )}
    </form>
  );
}
