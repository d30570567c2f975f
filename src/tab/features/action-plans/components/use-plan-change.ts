// One change to a plan at a time: busy while it is sent, the refusal in words if the server says
// no, and the updated plan to the page when it says yes (a 409 asks the page to reload).
import { useState } from 'react';
import type { ActionPlanView } from '../api/index.js';
import { failureText, isConflict } from './failure.js';

export interface PlanChanged {
  (plan: ActionPlanView | null, message: string): void;
}

export function usePlanChange(onChanged: PlanChanged) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const send = async (action: () => Promise<ActionPlanView>, message: string) => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await action(), message);
    } catch (e) {
      if (isConflict(e)) onChanged(null, failureText(e));
      else setFailure(failureText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, send };
}
