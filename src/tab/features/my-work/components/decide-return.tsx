// The Responsible Officer's check and the Authorising Officer's approval of one return: pass (or
// authorise), or send back with a reason. Passing an off-target figure asks which action plan
// answers it (issue 14): an open plan, to update (an overdue one only with a note on where it
// stands), or a new one. Nothing is chosen for the checker; the server refuses the same things.
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { isOffTarget } from '../../../../domain/ratings/states.js';
import { ApiError, type ReturnView } from '../../../shared/api/index.js';
import { ErrorBar, usePageStyles } from '../../../shared/components/index.js';
import { NEW_PLAN, PlanChoice, PlanDetails } from '../../action-plans/index.js';
import { authoriseReturn, checkReturn, sendBackReturn } from '../api/index.js';
import { ActionPlanForm } from './action-plan-form.js';
import { conflictMessage, describeFailure, isConflict } from './describe-failure.js';
import { ProcedurePanel } from './procedure-panel.js';
import { SendBackForm } from './send-back-form.js';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', marginBottom: '8px' },
  plan: { display: 'grid', gap: '12px', maxWidth: '640px', marginBottom: '8px' },
  chosen: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
  },
});

export interface DecideReturnProps {
  ret: ReturnView;
  mode: 'check' | 'authorise';
  meId: string;
  onDone: (message: string) => void;
  /** A 409: the page says so (with `message`) and reloads. */
  onConflict: (message: string) => void;
}

/** "planUpdate: that action plan is overdue, …" → "That action plan is overdue, …". */
function withoutField(message: string): string {
  const text = message.replace(/^[A-Za-z]+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function DecideReturn({ ret, mode, meId, onDone, onConflict }: DecideReturnProps) {
  const styles = useStyles();
  const page = usePageStyles();
  const [step, setStep] = useState<'choose' | 'send-back' | 'action-plan'>('choose');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  const [planUpdate, setPlanUpdate] = useState('');
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const [updateError, setUpdateError] = useState<string | undefined>();
  const what = `${ret.indicator.code} for ${ret.periodLabel}`;
  const chosen = ret.openPlans.find((p) => p.id === choice) ?? null;
  const offTarget = mode === 'check' && isOffTarget(ret.rating.state);

  const refused = (e: unknown) => {
    if (!(e instanceof ApiError)) return false;
    const problems = e.body.problems ?? [];
    const onPlan = problems.find((p) => p.field === 'actionPlanId');
    const onUpdate = problems.find((p) => p.field === 'planUpdate');
    if (onPlan || onUpdate) {
      setStep('action-plan');
      setChoiceError(onPlan?.message);
      setUpdateError(onUpdate?.message);
      return true;
    }
    if (e.body.code !== 'action-plan-required') return false;
    setStep('action-plan');
    if (e.body.message.startsWith('planUpdate:')) setUpdateError(withoutField(e.body.message));
    else if (ret.openPlans.length) setChoiceError(withoutField(e.body.message));
    return true;
  };

  const run = async (action: () => Promise<unknown>, message: string, attempt: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      onDone(message);
    } catch (e) {
      if (refused(e)) return;
      if (isConflict(e)) onConflict(conflictMessage(what, attempt));
      else setFailure(describeFailure(e));
    } finally {
      setBusy(false);
    }
  };
  const pass = (actionPlanId?: string, note?: string) =>
    mode === 'check'
      ? run(
          () => checkReturn(ret.id, ret.version, actionPlanId, note),
          `${what} passed and sent to ${ret.authoriser?.name ?? 'the Authorising Officer'}.`,
          'your check',
        )
      : run(
          () => authoriseReturn(ret.id, ret.version),
          `${what} authorised.`,
          'your authorisation',
        );
  const sendBack = (reason: string) =>
    run(
      () => sendBackReturn(ret.id, ret.version, reason),
      `${what} sent back to ${ret.collector?.name ?? 'the Collection Officer'}.`,
      'your send-back',
    );
  const passWithChosen = () => {
    const noChoice = !choice ? 'Choose an open plan to update, or write a new plan' : undefined;
    const noNote =
      chosen?.overdue && !planUpdate.trim()
        ? 'This plan is overdue: say where it stands before passing the figure'
        : undefined;
    setChoiceError(noChoice);
    setUpdateError(noNote);
    if (noChoice || noNote || !chosen) return;
    void pass(chosen.id, planUpdate.trim() || undefined);
  };
  const cancelPlan = () => {
    setStep('choose');
    setChoice('');
    setChoiceError(undefined);
    setUpdateError(undefined);
  };
  const planForm = (title?: string) => (
    <ActionPlanForm
      ret={ret}
      meId={meId}
      title={title}
      onCreated={(planId) => void pass(planId)}
      onCancel={cancelPlan}
    />
  );

  return (
    <div>
      <ProcedurePanel ret={ret} />
      {failure && <ErrorBar>{failure}</ErrorBar>}
      {step === 'choose' && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => (offTarget ? setStep('action-plan') : void pass())}
            aria-label={`${mode === 'check' ? 'Pass' : 'Authorise'} ${what}`}
          >
            {mode === 'check' ? 'Pass' : 'Authorise'}
          </Button>
          <Button
            disabled={busy}
            onClick={() => setStep('send-back')}
            aria-label={`Send back ${what}`}
          >
            Send back
          </Button>
        </div>
      )}
      {step === 'send-back' && (
        <SendBackForm
          id={ret.id}
          busy={busy}
          onSend={(r) => void sendBack(r)}
          onCancel={() => setStep('choose')}
        />
      )}
      {step === 'action-plan' && ret.openPlans.length === 0 && planForm()}
      {step === 'action-plan' && ret.openPlans.length > 0 && (
        <section className={styles.plan} aria-labelledby={`plan-choice-${ret.id}`}>
          <h4 id={`plan-choice-${ret.id}`} className={page.h3}>
            Action plan for {ret.indicator.code}
          </h4>
          <p style={{ margin: 0 }}>
            {ret.valueText} is off target ({ret.targetText}). Passing it needs an action plan.
          </p>
          <PlanChoice
            what={what}
            plans={ret.openPlans}
            value={choice}
            onChange={(v) => {
              setChoice(v);
              setChoiceError(undefined);
              setUpdateError(undefined);
            }}
            error={choiceError}
          />
          {chosen && (
            <>
              <section
                className={styles.chosen}
                aria-label={`The chosen plan for ${what}: ${chosen.label}`}
              >
                <PlanDetails plan={chosen} />
              </section>
              <Field
                label="Where does the plan stand?"
                required={chosen.overdue}
                hint={
                  chosen.overdue
                    ? 'Required: this plan is overdue. Your note is added to the plan.'
                    : 'Optional. Your note is added to the plan.'
                }
                validationMessage={updateError}
              >
                <Textarea
                  id={`plan-update-${ret.id}`}
                  value={planUpdate}
                  onChange={(_, d) => setPlanUpdate(d.value)}
                  resize="vertical"
                />
              </Field>
            </>
          )}
          {choice !== NEW_PLAN && (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy} onClick={passWithChosen}>
                Update the plan and pass
              </Button>
              <Button onClick={cancelPlan}>Cancel</Button>
            </div>
          )}
          {choice === NEW_PLAN && planForm(`New action plan for ${ret.indicator.code}`)}
        </section>
      )}
    </div>
  );
}
