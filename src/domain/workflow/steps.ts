// The checker's, authoriser's and send-back steps. Each validates the event against the context and
// returns the next return, or a refusal.
import type { IndicatorReturn, ReturnState } from '../model/types.js';
import { blank } from './enter.js';
import { refuse, type Actor, type Refusal, type TransitionContext } from './types.js';
import { MAX_REASON } from '../values/limits.js';

export const MAX_SEND_BACK_REASON = MAX_REASON;

/**
 * DESIGN.md: "Checking an off-target figure needs an Action Plan" — an open plan for this
 * indicator, chosen by the checker. A plan named for an on-target figure must still be a real one.
 * An overdue plan is never used silently (issue 14): choosing one needs a note on where it stands.
 */
export function applyCheck(
  current: IndicatorReturn,
  event: { actionPlanId?: string | null; planUpdate?: string | null },
  actor: Actor,
  ctx: TransitionContext,
): IndicatorReturn | Refusal {
  const named = blank(event.actionPlanId) ? null : (event.actionPlanId as string);
  const isOpen = named !== null && ctx.openActionPlanIds.includes(named);
  if (ctx.offTarget && !isOpen) {
    return refuse(
      'action-plan-required',
      named === null
        ? 'actionPlanId: the figure is off target, so checking it needs an action plan'
        : `actionPlanId: ${named} is not an open action plan for this indicator`,
    );
  }
  if (named !== null && !isOpen) {
    return refuse(
      'invalid-value',
      `actionPlanId: ${named} is not an open action plan for this indicator`,
    );
  }
  if (named !== null && ctx.overdueActionPlanIds?.includes(named) && blank(event.planUpdate)) {
    return refuse(
      'action-plan-required',
      'planUpdate: that action plan is overdue, so say where it stands (it is added to the plan) or write a new plan',
    );
  }
  return { ...current, checkedBy: actor.id, checkedAt: ctx.now, actionPlanId: named };
}

export function applyAuthorise(
  current: IndicatorReturn,
  actor: Actor,
  ctx: TransitionContext,
): IndicatorReturn {
  return { ...current, authorisedBy: actor.id, authorisedAt: ctx.now };
}

/** A send-back must say why, so the person it goes back to knows what to fix. */
export function validateSendBackReason(reason: unknown): Refusal | undefined {
  if (typeof reason !== 'string' || reason.trim() === '') {
    return refuse('reason-required', 'reason: say why the return is being sent back');
  }
  if (reason.trim().length > MAX_SEND_BACK_REASON) {
    return refuse(
      'invalid-value',
      `reason: must be at most ${MAX_SEND_BACK_REASON} characters (it has ${reason.trim().length})`,
    );
  }
  return undefined;
}

/**
 * Going back one step undoes that step's record: back to `due` the figure stays for the Collection
 * Officer to correct; back to `submitted` the check (and its action plan link) is withdrawn.
 */
export function applySendBack(
  current: IndicatorReturn,
  to: ReturnState,
  reason: string,
  actor: Actor,
): IndicatorReturn {
  const withdrawn: Partial<IndicatorReturn> =
    to === 'submitted' ? { checkedBy: null, checkedAt: null, actionPlanId: null } : {};
  return {
    ...current,
    ...withdrawn,
    authorisedBy: null,
    authorisedAt: null,
    sentBackReason: reason.trim(),
    sentBackBy: actor.id,
  };
}
