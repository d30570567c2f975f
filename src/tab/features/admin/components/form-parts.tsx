// The pieces every plan set-up form is built from: its layout, a choice from the options the API
// lists (a service, an owner), the form's own message (with what to do after a conflict) and its
// save and cancel buttons, so the forms look and read the same.
import { Button, Field, Select, makeStyles } from '@fluentui/react-components';
import { ErrorBar } from '../../../shared/components/index.js';
import type { SaveFailure } from './problems.js';

export const useFormStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: '8px',
    maxWidth: '560px',
    margin: '8px 0 16px',
  },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** A required choice of one option, with the server's problem for the field under it. */
export function OptionField({
  label,
  value,
  options,
  problem,
  onChange,
}: {
  label: string;
  value: string;
  options: { id: string; label: string }[];
  problem: string | undefined;
  onChange: (id: string) => void;
}) {
  return (
    <Field label={label} required validationMessage={problem}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The form's own message; after a conflict, how to see the other person's change. */
export function FailureBar({ failure }: { failure: SaveFailure | null }) {
  if (!failure?.message) return null;
  return (
    <ErrorBar>
      {failure.message}
      {failure.conflict && ' Reload the page to see their change.'}
    </ErrorBar>
  );
}

export function FormButtons({
  saveLabel,
  busy,
  onCancel,
}: {
  saveLabel: string;
  busy?: boolean;
  onCancel?: () => void;
}) {
  const styles = useFormStyles();
  return (
    <div className={styles.buttons}>
      <Button type="submit" appearance="primary" disabled={busy}>
        {saveLabel}
      </Button>
      {onCancel && (
        <Button type="button" onClick={onCancel}>
          Cancel
        </Button>
      )}
    </div>
  );
}
