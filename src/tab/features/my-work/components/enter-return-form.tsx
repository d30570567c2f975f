// The Collection Officer's inline form: the figure (or "not available" with a reason), commentary,
// evidence link and forecast. A figure far from the history is questioned by the server (422
// confirmation-required) and sent again with confirm:true once the officer says it is right.
import { Button, Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError, type ReturnView } from '../../../shared/api/index.js';
import { ErrorBar, InfoBar } from '../../../shared/components/index.js';
import { submitReturn, type SubmitInput } from '../api/index.js';
import { conflictMessage, describeFailure, fieldProblems, isConflict } from './describe-failure.js';
import { CommentaryField, EvidenceLinkField, SentBackBar, useFormStyles } from './form-parts.js';
import { readEntry, type EntryDraft, type FieldErrors } from './validate-entry.js';

const fmt = (v: number | null) => (v === null ? '' : String(v));

export interface EnterReturnFormProps {
  ret: ReturnView;
  onDone: (message: string) => void;
  /** A 409: the page says so (with `message`) and reloads. */
  onConflict: (message: string) => void;
}

export function EnterReturnForm({ ret, onDone, onConflict }: EnterReturnFormProps) {
  const styles = useFormStyles();
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
    const read = readEntry(draft);
    setErrors(read.ok ? {} : read.errors);
    setFailure(null);
    if (!read.ok) return;
    const { entry } = read;
    const input: SubmitInput = {
      version: ret.version,
      value: entry.value,
      notAvailableReason: entry.notAvailableReason?.trim() ?? null,
      commentary: entry.commentary.trim(),
      evidenceUrl: entry.evidenceUrl,
      forecast: entry.forecast,
      ...(confirm ? { confirm: true } : {}),
    };
    setBusy(true);
    try {
      await submitReturn(ret.id, input);
      onDone(
        `${ret.indicator.code} for ${ret.periodLabel} sent to ${ret.responsible?.name ?? 'the Responsible Officer'} to check.`,
      );
    } catch (e) {
      const problems = fieldProblems(e);
      if (e instanceof ApiError && e.body.error === 'confirmation-required')
        setQuestion(e.body.question ?? e.body.message);
      else if (problems) setErrors(problems);
      else if (isConflict(e)) {
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
      <SentBackBar reason={ret.sentBackReason} by={ret.sentBackBy?.name ?? 'the checker'} />
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
      <CommentaryField
        id={id('commentary')}
        hint="What explains the figure, and what is being done about it."
        value={draft.commentary}
        error={errors.commentary}
        onChange={(commentary) => set({ commentary })}
      />
      <EvidenceLinkField
        id={id('evidence')}
        value={draft.evidenceUrl}
        error={errors.evidenceUrl}
        onChange={(evidenceUrl) => set({ evidenceUrl })}
      />
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
