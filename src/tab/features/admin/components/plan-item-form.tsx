// A small inline form for one item of the plan (a plan, a priority, an objective): text fields,
// an optional checkbox, the server's problem under each field and one message for the form.
import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { FailureBar, FormButtons, useFormStyles } from './form-parts.js';
import { saveFailure, type SaveFailure } from './problems.js';

export interface ItemField {
  key: string;
  label: string;
  hint?: string;
  kind?: 'text' | 'textarea' | 'checkbox';
  required?: boolean;
}

export type ItemValues = Record<string, string | boolean>;

export function PlanItemForm({
  label,
  fields,
  initial,
  saveLabel,
  onSave,
  onCancel,
}: {
  /** Names the form for assistive technology, e.g. "Add a priority to Council Plan". */
  label: string;
  fields: ItemField[];
  initial: ItemValues;
  saveLabel: string;
  /** Throws the API's error, which the form shows. */
  onSave: (values: ItemValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const styles = useFormStyles();
  const [values, setValues] = useState<ItemValues>(initial);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: string, v: string | boolean) => setValues((s) => ({ ...s, [key]: v }));
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    try {
      await onSave(values);
      setFailure(null);
    } catch (e) {
      setFailure(saveFailure(e));
    } finally {
      setBusy(false);
    }
  };
  const problems = failure?.fields ?? {};
  return (
    <form className={styles.form} aria-label={label} noValidate onSubmit={(ev) => void submit(ev)}>
      {fields.map((f) =>
        f.kind === 'checkbox' ? (
          <Checkbox
            key={f.key}
            label={f.label}
            checked={values[f.key] === true}
            onChange={(_e, d) => set(f.key, d.checked === true)}
          />
        ) : (
          <Field
            key={f.key}
            label={f.label}
            hint={f.hint}
            required={f.required}
            validationMessage={problems[f.key]}
          >
            {f.kind === 'textarea' ? (
              <Textarea
                value={String(values[f.key] ?? '')}
                onChange={(_e, d) => set(f.key, d.value)}
              />
            ) : (
              <Input
                value={String(values[f.key] ?? '')}
                onChange={(_e, d) => set(f.key, d.value)}
              />
            )}
          </Field>
        ),
      )}
      <FailureBar failure={failure} />
      <FormButtons saveLabel={saveLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** The values as text, trimmed, for the API. */
export const textOf = (v: ItemValues, key: string): string => String(v[key] ?? '').trim();
