// Writing an open review: the six questions, findings, recommendations and the action plan it
// links to, for its lead and the performance team; the team also reassigns it and moves its due
// date (a lead who has left is said so, so the team knows to). Sends only what changed, with the
// version the page read; the server decides who may, and each problem sits under its field.
import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar } from '../../../shared/components/index.js';
import type { PersonRef } from '../../../../api/index.js';
import { updateDeepDive, type DeepDiveChange, type DeepDiveView } from '../api/index.js';
import { LeadAndDueDate, useFormStyles } from './form-parts.js';
import { useSend } from './use-send.js';

type Answers = Record<string, string>;

export function ReviewForm({
  review,
  leads,
  onDone,
}: {
  review: DeepDiveView;
  leads: PersonRef[];
  onDone: (after: DeepDiveView) => void;
}) {
  const s = useFormStyles();
  const initial = Object.fromEntries(review.questions.map((q) => [q.key, q.answer])) as Answers;
  const [answers, setAnswers] = useState<Answers>(initial);
  const [findings, setFindings] = useState(review.findings);
  const [recommendations, setRecommendations] = useState(review.recommendations);
  const [plan, setPlan] = useState(review.actionPlan?.id ?? '');
  const [lead, setLead] = useState(review.lead.id);
  const [due, setDue] = useState<string | null>(review.dueDate);
  const { busy, refusal, send, field } = useSend(onDone);

  const change = (): DeepDiveChange => {
    const changed = Object.fromEntries(
      Object.entries(answers).filter(([k, v]) => v !== initial[k]),
    );
    return {
      version: review.version,
      ...(Object.keys(changed).length ? { answers: changed } : {}),
      ...(findings !== review.findings ? { findings } : {}),
      ...(recommendations !== review.recommendations ? { recommendations } : {}),
      ...(plan !== (review.actionPlan?.id ?? '') ? { actionPlanId: plan || null } : {}),
      ...(review.may.manage && lead !== review.lead.id ? { leadOfficerId: lead } : {}),
      ...(review.may.manage && due !== review.dueDate ? { dueDate: due } : {}),
    };
  };
  const text = (id: string, label: string, value: string, set: (v: string) => void) => (
    <Field key={id} label={label} {...field(id)}>
      <Textarea value={value} onChange={(_, d) => set(d.value)} resize="vertical" rows={3} />
    </Field>
  );
  return (
    <form
      noValidate
      aria-label={`Write the deep-dive review of ${review.indicator.code}`}
      className={s.form}
      onSubmit={(e) => {
        e.preventDefault();
        void send(() => updateDeepDive(review.id, change()));
      }}
    >
      <div role="alert">{refusal && <ErrorBar>{refusal}</ErrorBar>}</div>
      {review.questions.map((q) =>
        text(`answers.${q.key}`, q.question, answers[q.key] ?? '', (v) =>
          setAnswers((a) => ({ ...a, [q.key]: v })),
        ),
      )}
      {text('findings', 'Findings', findings, setFindings)}
      {text('recommendations', 'Recommendations', recommendations, setRecommendations)}
      <Field className={s.field} label="Action plan" {...field('actionPlanId')}>
        <Select className={s.fit} value={plan} onChange={(_, d) => setPlan(d.value)}>
          <option value="">None linked</option>
          {review.actionPlanChoices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      {review.may.manage && (
        <LeadAndDueDate
          leads={leads}
          lead={lead}
          onLead={setLead}
          due={due}
          onDue={setDue}
          field={field}
          gone={review.lead.hasLeft ? review.lead : undefined}
        />
      )}
      <div className={s.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Save the review
        </Button>
      </div>
    </form>
  );
}
