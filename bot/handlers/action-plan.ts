// actionPlan.write: the checker writes the action plan for an off-target figure in the card, with
// an optional first corrective step, and the check passes with it attached (DESIGN.md: checking an
// off-target figure needs an action plan).
import { createActionPlan, type NewActionPlan } from '../../src/app/action-plans/index.js';
import { getReturnView } from '../../src/app/returns/my-returns.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/domain/errors/errors.js';
import { tryParsePeriod } from '../../src/domain/periods/index.js';
import { messageCard } from '../cards/index.js';
import { decide } from './decide.js';
import { errorCard } from './error-card.js';
import { str, type Handler } from './context.js';

/**
 * The card's optional first corrective step: both its title and its date, or neither. Problems are
 * put by the card's own inputs rather than by `correctiveActions[0].…`, which the card has not got.
 */
function firstStep(data: Record<string, unknown>): NewActionPlan['correctiveActions'] {
  const title = str(data, 'firstActionTitle').trim();
  const dueDate = str(data, 'firstActionDate').trim();
  if (!title && !dueDate) return undefined;
  if (!title)
    throw new ValidationError('say what the first step is, or clear its date', 'firstActionTitle');
  if (!dueDate)
    throw new ValidationError('give the date the first step is due by', 'firstActionDate');
  return [{ title, dueDate }];
}

/** createActionPlan names the step's fields by position; the card names them by input. */
function byInput(err: unknown): unknown {
  if (!(err instanceof ValidationError)) return err;
  const rename: Record<string, string> = {
    'correctiveActions[0].title': 'firstActionTitle',
    'correctiveActions[0].dueDate': 'firstActionDate',
  };
  return new ValidationError(
    err.problems.map((p) => ({ ...p, field: rename[p.field] ?? p.field })),
  );
}

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
        correctiveActions: firstStep(data),
      },
      ctx.channel,
    );
    planId = plan.id;
  } catch (err) {
    return errorCard(ctx, returnId, byInput(err), {}, 'actionPlanId');
  }
  return decide(
    ctx,
    { returnId, version },
    { type: 'check', actionPlanId: planId },
    {},
    'actionPlanId',
  );
};
