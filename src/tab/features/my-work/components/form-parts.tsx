// Pieces the My work entry forms share (a return's figure, a key action's progress update): the
// layout, the sent-back bar, commentary and the evidence link, so each reads and behaves the same.
import { Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import { InfoBar } from '../../../shared/components/index.js';

export const useFormStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '640px' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: '12px',
  },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

interface TextFieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** Why it came back, and from whom, above the form it came back to. */
export function SentBackBar({ reason, by }: { reason: string | null; by: string }) {
  if (!reason) return null;
  return (
    <InfoBar intent="warning">
      Sent back by {by}: {reason}
    </InfoBar>
  );
}

export function CommentaryField({
  id,
  value,
  error,
  onChange,
  hint,
}: TextFieldProps & { hint: string }) {
  return (
    <Field label="Commentary" hint={hint} validationMessage={error}>
      <Textarea id={id} value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" />
    </Field>
  );
}

export function EvidenceLinkField({ id, value, error, onChange }: TextFieldProps) {
  return (
    <Field label="Evidence link (optional)" validationMessage={error}>
      <Input id={id} type="url" value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
