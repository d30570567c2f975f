// Reviewing a risk from the tab: residual likelihood and impact and what has changed, naming the
// version the reviewer saw. The server decides (owner or performance team, valid levels, a fresh
// version); a 400 puts each field's message by its field, a 403 or 409 is said above the form in
// the server's own words.
import { Button, Field, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../../shared/api/index.js';
import { ErrorBar, usePageStyles } from '../../../shared/components/index.js';
import type { RiskDetailView } from '../api/get-risk.js';
import { recordReview } from '../api/record-review.js';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', maxWidth: '32rem' } });
const LEVELS = ['1', '2', '3', '4', '5'];

export function ReviewForm({
  risk,
  onDone,
}: {
  risk: RiskDetailView;
  onDone: (after: RiskDetailView) => void;
}) {
  const page = usePageStyles();
  const s = useStyles();
  const [likelihood, setLikelihood] = useState(String(risk.residual.likelihood));
  const [impact, setImpact] = useState(String(risk.residual.impact));
  const [commentary, setCommentary] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setProblems({});
    setRefusal(null);
    try {
      const after = await recordReview(risk.code, {
        version: risk.version,
        residualLikelihood: Number(likelihood),
        residualImpact: Number(impact),
        commentary,
      });
      setCommentary('');
      onDone(after);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.body.problems?.length) {
        setProblems(Object.fromEntries(e.body.problems.map((p) => [p.field, p.message])));
      } else setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const level = (label: string, field: string, value: string, set: (v: string) => void) => (
    <Field
      label={label}
      validationMessage={problems[field]}
      validationState={problems[field] ? 'error' : 'none'}
    >
      <Select value={value} onChange={(_, d) => set(d.value)}>
        {LEVELS.map((l) => (
          <option key={l}>{l}</option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form
      aria-labelledby="risk-review"
      className={s.form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="risk-review" className={page.h2}>
        Review this risk
      </h2>
      <div role="alert">{refusal && <ErrorBar>{refusal}</ErrorBar>}</div>
      {level('Residual likelihood (1–5)', 'residualLikelihood', likelihood, setLikelihood)}
      {level('Residual impact (1–5)', 'residualImpact', impact, setImpact)}
      <Field
        label="What has changed since the last review"
        validationMessage={problems.commentary}
        validationState={problems.commentary ? 'error' : 'none'}
      >
        <Textarea value={commentary} onChange={(_, d) => setCommentary(d.value)} />
      </Field>
      {problems.version && <ErrorBar>Version: {problems.version}</ErrorBar>}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Record the review
        </Button>
      </div>
    </form>
  );
}
