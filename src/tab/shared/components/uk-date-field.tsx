// A date field that takes dd/mm/yyyy and says clearly when a date is wrong; it reports the ISO
// date (or null while the text is not a date) to its form.
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { isoToUkInput, parseUkDateInput } from '../format/index.js';

export interface UkDateFieldProps {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  required?: boolean;
  /** A problem from the server for this field. */
  error?: string;
  hint?: string;
}

export function UkDateField({ label, value, onChange, required, error, hint }: UkDateFieldProps) {
  const [text, setText] = useState(() => isoToUkInput(value));
  const [touched, setTouched] = useState(false);
  const parsed = parseUkDateInput(text);
  const local = touched && !parsed.ok && (required || text.trim()) ? parsed.message : undefined;
  const message = local ?? error;
  return (
    <Field
      label={label}
      required={required}
      hint={hint ?? 'dd/mm/yyyy'}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Input
        value={text}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        onChange={(_e, d) => {
          setText(d.value);
          const p = parseUkDateInput(d.value);
          onChange(p.ok ? p.iso : null);
        }}
        onBlur={() => setTouched(true)}
      />
    </Field>
  );
}
