// Reopening an authorised figure found wrong (issue 14): the reason is required, and the form says
// what will happen before anyone confirms — the figure goes back to its Collection Officer to enter
// again and runs the whole check and authorisation anew, and the authorised figure is kept.
import { Button, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError, type HistoryRow } from '../../../shared/api/index.js';
import { ErrorBar, usePageStyles } from '../../../shared/components/index.js';
import { reopenReturn } from '../api/index.js';

/** The longest reason the server takes (MAX_REOPEN_REASON in the domain). */
const MAX_REASON = 1000;

const useStyles = makeStyles({
  form: { display: 'grid', gap: '8px', maxWidth: '640px', marginTop: '12px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

export interface ReopenFigureFormProps {
  row: HistoryRow;
  collectorName: string;
  /** Called with what happened, once the figure is reopened or someone else changed it first. */
  onDone: (notice: { ok: boolean; text: string }) => void;
  onCancel: () => void;
}

export function ReopenFigureForm({ row, collectorName, onDone, onCancel }: ReopenFigureFormProps) {
  const styles = useStyles();
  const page = usePageStyles();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `reopen-${row.returnId}-heading`;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const why = reason.trim();
    if (!why) return setError('Say why the figure is being reopened');
    if (why.length > MAX_REASON) return setError(`At most ${MAX_REASON} characters`);
    setError(undefined);
    setFailure(null);
    setBusy(true);
    try {
      await reopenReturn(row.returnId, row.version, why);
      onDone({
        ok: true,
        text: `The figure for ${row.periodLabel} was reopened and has gone back to ${collectorName} to enter again.`,
      });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        onDone({
          ok: false,
          text: `The figure for ${row.periodLabel} was changed by someone else while you had it open, so it was not reopened. The page now shows the latest: please look again.`,
        });
      } else if (e instanceof ApiError && e.problemFor('reason')) {
        setError(e.problemFor('reason'));
      } else {
        setFailure(e instanceof Error ? e.message : String(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={page.h3}>
        Reopen the figure for {row.periodLabel}
      </h3>
      <p>
        The authorised figure {row.valueText} will go back to {collectorName} to enter again, then
        be checked and authorised again. The figure authorised now is kept in its history, and the
        figure is marked as restated with your reason wherever it is shown.
      </p>
      {failure && <ErrorBar>{failure}</ErrorBar>}
      <form className={styles.form} onSubmit={(ev) => void submit(ev)} noValidate>
        <Field
          label="Why is the figure being reopened?"
          required
          validationMessage={error}
          hint="For example, what the evidence shows. Everyone who sees the figure will read this."
        >
          <Textarea
            id={`reopen-${row.returnId}`}
            value={reason}
            maxLength={MAX_REASON}
            onChange={(_, d) => setReason(d.value)}
            autoFocus
          />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy}>
            Reopen and send back to {collectorName}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
