// The checker's form: what was found when the figure was compared with its evidence and its
// written procedure, with notes (needed unless confirmed) and any corrective action. "Figure
// wrong" reopens the figure so it is restated.
import { Button, Field, Radio, RadioGroup, Textarea, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { SpotCheckFinding } from '../../../../domain/model/types.js';
import { FINDING_WORDS, SPOT_CHECK_FINDINGS } from '../../../../domain/spot-checks/index.js';
import type { Notice } from '../../../shared/components/index.js';
import { showRefusal } from './refusal.js';
import { recordFinding, type SpotCheckView } from '../api/spot-checks-api.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '40rem' },
});

export function FindingForm({
  check,
  onDone,
}: {
  check: SpotCheckView;
  onDone: (notice: Notice) => void;
}) {
  const styles = useStyles();
  const [finding, setFinding] = useState<SpotCheckFinding | ''>('');
  const [notes, setNotes] = useState('');
  const [action, setAction] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = `finding-${check.id}`;

  async function submit() {
    if (finding === '') {
      setProblems({ finding: 'Choose what you found.' });
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      const result = await recordFinding(check.id, {
        version: check.version,
        finding,
        notes,
        correctiveAction: action,
      });
      const restated =
        result.restatement.kind === 'started'
          ? ' The figure has been reopened so it can be restated.'
          : 'message' in result.restatement
            ? ` ${result.restatement.message}`
            : '';
      onDone({ ok: true, text: `Recorded the spot check of ${check.code}.${restated}` });
    } catch (e) {
      showRefusal(e, setProblems, onDone);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      className={styles.form}
      aria-label={`Record the spot check of ${check.code}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field
        label="What did you find?"
        required
        validationMessage={problems.finding}
        validationState={problems.finding ? 'error' : 'none'}
      >
        <RadioGroup
          name={id}
          value={finding}
          onChange={(_, d) => setFinding(d.value as SpotCheckFinding)}
        >
          {SPOT_CHECK_FINDINGS.map((f) => (
            <Radio key={f} value={f} label={FINDING_WORDS[f]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="Notes: what you compared and what you found"
        required={finding !== 'confirmed'}
        validationMessage={problems.notes}
        validationState={problems.notes ? 'error' : 'none'}
      >
        <Textarea value={notes} onChange={(_, d) => setNotes(d.value)} resize="vertical" />
      </Field>
      <Field
        label="Corrective action (if any)"
        validationMessage={problems.correctiveAction}
        validationState={problems.correctiveAction ? 'error' : 'none'}
      >
        <Textarea value={action} onChange={(_, d) => setAction(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          Record the finding
        </Button>
      </div>
    </form>
  );
}
