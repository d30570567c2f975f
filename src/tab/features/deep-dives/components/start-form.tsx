// Starting a deep-dive review (the performance team): why (persistent under-performance, the
// team's own choice, or a committee — then which), its scope, lead officer (the indicator's
// Responsible Officer to begin with) and due date.
import { Button, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar } from '../../../shared/components/index.js';
import type { DeepDiveTrigger } from '../../../../api/index.js';
import { openDeepDive, type DeepDiveView, type IndicatorDeepDives } from '../api/index.js';
import { LeadAndDueDate, useFormStyles } from './form-parts.js';
import { useSend } from './use-send.js';

export function StartForm({
  about,
  onDone,
  onCancel,
}: {
  about: IndicatorDeepDives;
  onDone: (made: DeepDiveView) => void;
  onCancel: () => void;
}) {
  const s = useFormStyles();
  const [trigger, setTrigger] = useState<DeepDiveTrigger>(
    about.persistent ? 'persistent-under-performance' : 'performance-team',
  );
  const [committee, setCommittee] = useState('');
  const [scope, setScope] = useState('');
  const [lead, setLead] = useState(about.indicator.responsibleId);
  const [due, setDue] = useState<string | null>(null);
  const { busy, refusal, send, field } = useSend(onDone);
  return (
    <form
      noValidate
      aria-label={`Start a deep-dive review of ${about.indicator.code}`}
      className={s.form}
      onSubmit={(e) => {
        e.preventDefault();
        void send(() =>
          openDeepDive({
            indicator: about.indicator.code,
            trigger,
            requestedBy: committee,
            scope,
            leadOfficerId: lead,
            dueDate: due,
          }),
        );
      }}
    >
      <div role="alert">{refusal && <ErrorBar>{refusal}</ErrorBar>}</div>
      <Field label="Why a deep dive" {...field('trigger')}>
        <RadioGroup value={trigger} onChange={(_, d) => setTrigger(d.value as DeepDiveTrigger)}>
          <Radio value="persistent-under-performance" label="Persistent under-performance" />
          <Radio value="performance-team" label="The performance team asked" />
          <Radio value="committee" label="A committee asked" />
        </RadioGroup>
      </Field>
      {trigger === 'committee' && (
        <Field label="Which committee" required {...field('requestedBy')}>
          <Input value={committee} onChange={(_, d) => setCommittee(d.value)} />
        </Field>
      )}
      <Field label="Scope: what the review will look at" required {...field('scope')}>
        <Textarea value={scope} onChange={(_, d) => setScope(d.value)} resize="vertical" />
      </Field>
      <LeadAndDueDate
        leads={about.leads}
        lead={lead}
        onLead={setLead}
        due={due}
        onDue={setDue}
        field={field}
      />
      <div className={s.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Start the review
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
