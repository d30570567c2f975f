// return.check, return.authorise and return.sendBack: the Responsible and Authorising Officers'
// decisions. A send-back must say why (the workflow refuses a blank reason).
import { MAX_COMMENTARY, MAX_REASON } from '../../src/domain/values/index.js';
import { decide } from './decide.js';
import { str, type Handler } from './context.js';

const target = (data: Record<string, unknown>) => ({
  returnId: str(data, 'returnId'),
  version: str(data, 'version'),
});

export const checkReturn: Handler = (ctx, data) => {
  const actionPlanId = str(data, 'actionPlanId');
  // Where the chosen plan stands, added to it (needed when it is overdue); bounded like a reason.
  const planUpdate = str(data, 'planUpdate').slice(0, MAX_COMMENTARY + 1);
  return decide(
    ctx,
    target(data),
    { type: 'check', actionPlanId: actionPlanId || null, planUpdate: planUpdate || null },
    // A refused card shows back the checker's own choice and words.
    { planDraft: { actionPlanId, planUpdate } },
    'actionPlanId',
  );
};

export const authoriseReturn: Handler = (ctx, data) =>
  decide(ctx, target(data), { type: 'authorise' });

export const sendBackReturn: Handler = (ctx, data) =>
  // Bounded once more here: the card's maxLength is a hint the client may not enforce.
  decide(
    ctx,
    target(data),
    { type: 'send-back', reason: str(data, 'reason').slice(0, MAX_REASON + 1) },
    {},
    'reason',
  );
