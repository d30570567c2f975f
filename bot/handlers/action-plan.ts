// actionPlan.write: the checker writes the action plan for an off-target figure in the card, and the
// check passes with it attached (DESIGN.md: checking an off-target figure needs an action plan).
import { createActionPlan } from '../../src/app/action-plans/index.js';
import { getReturnView } from '../../src/app/returns/my-returns.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/domain/errors/errors.js';
import { tryParsePeriod } from '../../src/domain/periods/index.js';
import { messageCard } from '../cards/index.js';
import { decide } from './decide.js';
import { errorCard } from './error-card.js';
import { str, type Handler } from './context.js';

export const writeActionPlan: Handler = async (ctx, data) => {
  const returnId = str(data, 'returnId');
  const version = str(data, 'version');
  const view = await getReturnView(ctx.deps, ctx.personId, returnId);
  if (!view) return messageCard('That return no longer exists.');
  // Refuse a stale card or someone else before writing a plan, so a refusal leaves nothing behind.
  if (view.version !== version) return errorCard(ctx, returnId, new ConflictError('stale'), {});
  if (!view.allowed.includes('check')) {
    return errorCard(
      ctx,
      returnId,
      new ForbiddenError('Only the Responsible Officer (or their delegate) may check this return.'),
      {},
    );
  }
  const recovery = tryParsePeriod(str(data, 'expectedRecovery'));
  let planId: string;
  try {
    if (!recovery)
      throw new ValidationError(
        'is not a period: write e.g. Q4 2025/26 or Mar 2026',
        'expectedRecovery',
      );
    const plan = await createActionPlan(
      ctx.deps,
      ctx.personId,
      {
        indicatorId: view.indicator.id,
        periodKey: view.periodKey,
        reasons: str(data, 'reasons'),
        actions: str(data, 'actions'),
        ownerId: str(data, 'ownerId') || ctx.personId,
        dueDate: str(data, 'planDueDate'),
        expectedRecovery: recovery.key,
      },
      ctx.channel,
    );
    planId = plan.id;
  } catch (err) {
    return errorCard(ctx, returnId, err, {}, 'actionPlanId');
  }
  return decide(
    ctx,
    { returnId, version },
    { type: 'check', actionPlanId: planId },
    {},
    'actionPlanId',
  );
};
