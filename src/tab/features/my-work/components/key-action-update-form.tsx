// The owner's inline form for a key action's progress (issue 13), in the style of the return form:
// status, outcomes, % complete, commentary, evidence link, a revised due date with its reason, and
// the next milestone. The server checks everything again and names each field it refuses.
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  ACTION_OUTCOMES,
  ACTION_OUTCOME_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
} from '../../../../domain/key-actions/index.js';
import type { ActionOutcome, ActionStatus } from '../../../../domain/model/types.js';
import { ErrorBar, UkDateField } from '../../../shared/components/index.js';
import { submitKeyActionUpdate, type KeyActionUpdateView } from '../api/index.js';
import { conflictMessage, describeFailure, fieldProblems, isConflict } from './describe-failure.js';
import { CommentaryField, EvidenceLinkField, SentBackBar, useFormStyles } from './form-parts.js';

type Errors = Record<string, string>;

export interface KeyActionUpdateFormProps {
  update: KeyActionUpdateView;
  onDone: (message: string) => void;
  onConflict: (message: string) => void;
}

export function KeyActionUpdateForm({ update, onDone, onConflict }: KeyActionUpdateFormProps) {
  const styles = useFormStyles();
  const a = update.action;
  const [status, setStatus] = useState<ActionStatus>(update.status ?? a.status);
  const [outcome, setOutcome] = useState<ActionOutcome>(update.outcome ?? a.outcome);
  const [percent, setPercent] = useState(String(update.percentComplete ?? a.percentComplete));
  const [commentary, setCommentary] = useState(update.commentary);
  const [evidenceUrl, setEvidenceUrl] = useState(update.evidenceUrl ?? '');
  const [revised, setRevised] = useState<string | null>(update.revisedDueDate);
  const [reason, setReason] = useState(update.revisedDueReason ?? '');
  const [milestone, setMilestone] = useState(update.nextMilestone || a.nextMilestone);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${f}-${update.id}`;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setFailure(null);
    const pc = Number(percent);
    if (percent.trim() === '' || !Number.isInteger(pc) || pc < 0 || pc > 100) {
      setErrors({ percentComplete: 'Give a whole number from 0 to 100' });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await submitKeyActionUpdate(update.id, {
        version: update.version,
        status,
        outcome,
        percentComplete: pc,
        commentary: commentary.trim(),
        evidenceUrl: evidenceUrl.trim() || null,
        revisedDueDate: revised,
        revisedDueReason: revised ? reason.trim() : null,
        nextMilestone: milestone.trim(),
      });
      onDone(
        saved.needsCheck
          ? `${a.code} update for ${update.periodLabel} sent to ${saved.checker?.name ?? 'the performance team'} to check.`
          : `${a.code} updated: ${saved.action.statusLabel}, ${saved.action.percentComplete}% complete, rated ${saved.action.rating.label}.`,
      );
    } catch (e) {
      const problems = fieldProblems(e);
      if (problems) setErrors(problems);
      else if (isConflict(e))
        onConflict(conflictMessage(`${a.code}'s update for ${update.periodLabel}`, 'your update'));
      else setFailure(describeFailure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-label={`Update ${a.code} for ${update.periodLabel}`}
    >
      <SentBackBar
        reason={update.sentBackReason}
        by={update.sentBackBy?.name ?? 'the service head'}
      />
      <div className={styles.pair}>
        <Field label="Status" required validationMessage={errors.status}>
          <Select
            id={id('status')}
            value={status}
            onChange={(_, d) => setStatus(d.value as ActionStatus)}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Outcomes so far" validationMessage={errors.outcome}>
          <Select
            id={id('outcome')}
            value={outcome}
            onChange={(_, d) => setOutcome(d.value as ActionOutcome)}
          >
            {ACTION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {ACTION_OUTCOME_LABELS[o]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="% complete" required validationMessage={errors.percentComplete}>
          <Input
            id={id('percent')}
            inputMode="numeric"
            value={percent}
            onChange={(_, d) => setPercent(d.value)}
          />
        </Field>
      </div>
      <CommentaryField
        id={id('commentary')}
        hint="Progress this period, issues and risks (needed when there is a risk)."
        value={commentary}
        error={errors.commentary}
        onChange={setCommentary}
      />
      <EvidenceLinkField
        id={id('evidence')}
        value={evidenceUrl}
        error={errors.evidenceUrl}
        onChange={setEvidenceUrl}
      />
      <div className={styles.pair}>
        <UkDateField
          label="Revised due date (only if it has moved)"
          value={revised}
          onChange={setRevised}
          error={errors.revisedDueDate}
        />
        <Field
          label="Why the due date moved"
          required={!!revised}
          validationMessage={errors.revisedDueReason}
        >
          <Input id={id('reason')} value={reason} onChange={(_, d) => setReason(d.value)} />
        </Field>
      </div>
      <Field label="Next milestone" validationMessage={errors.nextMilestone}>
        <Input id={id('milestone')} value={milestone} onChange={(_, d) => setMilestone(d.value)} />
      </Field>
      {failure && <ErrorBar>{failure}</ErrorBar>}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {update.needsCheck ? 'Submit for checking' : 'Submit the update'}
        </Button>
      </div>
    </form>
  );
}
