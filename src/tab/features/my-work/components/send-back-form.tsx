// Sending back needs a reason (DESIGN.md workflow), which the Collection Officer then sees.
import { Button, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '8px', maxWidth: '640px' },
  actions: { display: 'flex', gap: '8px' },
});

export interface SendBackFormProps {
  id: string;
  busy: boolean;
  onSend: (reason: string) => void;
  onCancel: () => void;
}

export function SendBackForm({ id, busy, onSend, onCancel }: SendBackFormProps) {
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!reason.trim()) {
      setError('Say why it is being sent back');
      return;
    }
    onSend(reason.trim());
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field label="Reason for sending back" required validationMessage={error}>
        <Textarea
          id={`send-back-${id}`}
          value={reason}
          onChange={(_, d) => setReason(d.value)}
          autoFocus
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Send back
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
