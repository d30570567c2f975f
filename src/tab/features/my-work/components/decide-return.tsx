// The Responsible Officer's check and the Authorising Officer's approval of one return: pass (or
// authorise), or send back with a reason. Passing an off-target figure is refused (422
// action-plan-required) until an action plan is written; then the check is sent with its id.
import { Button, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, type ReturnView } from '../../../shared/api/index.js';
import { ErrorBar } from '../../../shared/components/index.js';
import { authoriseReturn, checkReturn, sendBackReturn } from '../api/index.js';
import { ActionPlanForm } from './action-plan-form.js';
import { conflictMessage, describeFailure, isConflict } from './describe-failure.js';
import { ProcedurePanel } from './procedure-panel.js';
import { SendBackForm } from './send-back-form.js';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', marginBottom: '8px' },
});

export interface DecideReturnProps {
  ret: ReturnView;
  mode: 'check' | 'authorise';
  meId: string;
  onDone: (message: string) => void;
  /** A 409: the page says so (with `message`) and reloads. */
  onConflict: (message: string) => void;
}

export function DecideReturn({ ret, mode, meId, onDone, onConflict }: DecideReturnProps) {
  const styles = useStyles();
  const [step, setStep] = useState<'choose' | 'send-back' | 'action-plan'>('choose');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const what = `${ret.indicator.code} for ${ret.periodLabel}`;

  const run = async (action: () => Promise<unknown>, message: string, attempt: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      onDone(message);
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'action-plan-required') setStep('action-plan');
      else if (isConflict(e)) onConflict(conflictMessage(what, attempt));
      else setFailure(describeFailure(e));
    } finally {
      setBusy(false);
    }
  };
  const pass = (actionPlanId?: string) =>
    mode === 'check'
      ? run(
          () => checkReturn(ret.id, ret.version, actionPlanId),
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

  return (
    <div>
      <ProcedurePanel ret={ret} />
      {failure && <ErrorBar>{failure}</ErrorBar>}
      {step === 'choose' && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void pass()}
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
      {step === 'action-plan' && (
        <ActionPlanForm
          ret={ret}
          meId={meId}
          onCreated={(planId) => void pass(planId)}
          onCancel={() => setStep('choose')}
        />
      )}
    </div>
  );
}
