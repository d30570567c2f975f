// The workflow's refusals, shown in the card rather than as an error: a field problem next to the
// field (keeping what was typed), a plausibility question with a Confirm button, the current state
// for a stale card or a second click, and a refusal for someone who may not act.
import {
  ConfirmationRequiredError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../src/domain/errors/errors.js';
import { getReturnView } from '../../src/app/returns/my-returns.js';
import { messageCard, refusalCard, type AdaptiveCard } from '../cards/index.js';
import { cardFor, type CardExtras } from './card-for.js';
import type { HandlerContext } from './context.js';

/** Workflow refusals read `field: message`; put the message by that field. */
function fieldOf(message: string, fallback: string): [string, string] {
  const m = /^(\w+): (.*)$/s.exec(message);
  return m ? [m[1]!, m[2]!] : [fallback, message];
}

export async function errorCard(
  ctx: HandlerContext,
  returnId: string,
  err: unknown,
  keep: CardExtras,
  fallbackField = 'value',
): Promise<AdaptiveCard> {
  const show = async (extras: CardExtras) =>
    (await cardFor(ctx.deps, ctx.personId, returnId, extras))?.card ??
    messageCard('That return no longer exists.');
  if (err instanceof ValidationError) {
    const errors: Record<string, string> = {};
    for (const p of err.problems) errors[p.field] ??= p.message;
    return show({ ...keep, errors });
  }
  if (err instanceof ConfirmationRequiredError) return show({ ...keep, question: err.question });
  if (err instanceof ConflictError) {
    return show({
      notice: {
        text: 'This return has changed since this card was sent: this is where it stands now. Nothing was changed.',
        tone: 'warning',
      },
    });
  }
  if (err instanceof ForbiddenError) {
    return refusalCard(await getReturnView(ctx.deps, ctx.personId, returnId), err.message);
  }
  if (err instanceof WorkflowError) {
    if (
      err.code === 'reason-required' ||
      err.code === 'action-plan-required' ||
      err.code === 'invalid-value'
    ) {
      const [field, message] = fieldOf(err.message, fallbackField);
      return show({ ...keep, errors: { [field]: message } });
    }
    return show({ notice: { text: `${err.message} Nothing was changed.`, tone: 'attention' } });
  }
  if (err instanceof NotFoundError) return messageCard(err.message);
  throw err;
}
