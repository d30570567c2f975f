// Every decision from a card or a typed reply goes through actOnReturn, the one command behind the
// tab, the API and the bot; the bot only turns the outcome (or refusal) into a card. Telling the
// next person and updating the other copies is the application's doing (the notification port,
// notify/bot-notifications.ts), after the answer, inside Teams' few seconds for an invoke.
import { actOnReturn } from '../../src/app/returns/act-on-return.js';
import type { ReturnEvent } from '../../src/domain/workflow/index.js';
import type { AdaptiveCard } from '../cards/index.js';
import { returnCard } from '../cards/index.js';
import { modelFor, type CardExtras } from './card-for.js';
import type { HandlerContext } from './context.js';
import { errorCard } from './error-card.js';

const DONE: Record<ReturnEvent['type'], string> = {
  enter: 'Saved. Your figure has gone to the Responsible Officer to check.',
  check: 'Checked. It has gone to the Authorising Officer.',
  authorise: 'Authorised. Thank you.',
  'send-back': 'Sent back. They have been told why.',
};

/**
 * What the person is told on their card: where the figure has gone. When it has passed over the
 * assigned officer (separation of duties), the reason says to whom, rather than a wrong name.
 */
function doneText(event: ReturnEvent, waitingFor: { fallback: boolean; reason: string }): string {
  if ((event.type === 'enter' || event.type === 'check') && waitingFor.fallback)
    return `${event.type === 'enter' ? 'Saved.' : 'Checked.'} ${waitingFor.reason}`;
  return DONE[event.type];
}

export async function decide(
  ctx: HandlerContext,
  target: { returnId: string; version: string },
  event: ReturnEvent,
  keep: CardExtras = {},
  fallbackField?: string,
): Promise<AdaptiveCard> {
  let outcome;
  try {
    outcome = await actOnReturn(ctx.deps, {
      ...target,
      event,
      actorId: ctx.personId,
      channel: ctx.channel,
      cardActivityId: ctx.cardActivityId,
    });
  } catch (err) {
    return errorCard(ctx, target.returnId, err, keep, fallbackField);
  }
  const rating =
    event.type === 'enter' && outcome.view.value !== null
      ? ` It rates ${outcome.view.rating.label}.`
      : '';
  return returnCard(
    await modelFor(ctx.deps, outcome.view, {
      notice: { text: doneText(event, outcome.view.waitingFor) + rating, tone: 'good' },
    }),
  );
}
