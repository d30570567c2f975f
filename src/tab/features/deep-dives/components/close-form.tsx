// Closing a review says what it found and what came of it: the findings (written already, or here)
// and an outcome are both required, and a closed review is read-only.
import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar } from '../../../shared/components/index.js';
import { closeDeepDive, type DeepDiveView } from '../api/index.js';
import { useFormStyles } from './form-parts.js';
import { useSend } from './use-send.js';

export function CloseForm({
  review,
  onDone,
}: {
  review: DeepDiveView;
  onDone: (after: DeepDiveView) => void;
}) {
  const s = useFormStyles();
  const [findings, setFindings] = useState(review.findings);
  const [outcome, setOutcome] = useState('');
  const { busy, refusal, send, field } = useSend(onDone);
  return (
    <form
      noValidate
      aria-label={`Close the deep-dive review of ${review.indicator.code}`}
      className={s.form}
      onSubmit={(e) => {
        e.preventDefault();
        void send(() => closeDeepDive(review.id, { version: review.version, findings, outcome }));
      }}
    >
      <div role="alert">{refusal && <ErrorBar>{refusal}</ErrorBar>}</div>
      <Field label="Findings" required {...field('findings')}>
        <Textarea value={findings} onChange={(_, d) => setFindings(d.value)} resize="vertical" />
      </Field>
      <Field label="Outcome: what came of the review" required {...field('outcome')}>
        <Textarea value={outcome} onChange={(_, d) => setOutcome(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" disabled={busy}>
          Close the review
        </Button>
      </div>
    </form>
  );
}
