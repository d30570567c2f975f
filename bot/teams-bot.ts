// The bot's activity handling, kept thin over the application services (moving to the Microsoft 365
// Agents SDK later is one adapter): who is speaking, where to reach them, and a table from each
// card verb to its handler. Conversation references are captured on install and first contact.
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { AppDeps } from '../src/app/deps.js';
import type { Logger } from '../src/platform/logging/logger.js';
import { CARD_CONTENT_TYPE, isVerb, type AdaptiveCard } from './cards/index.js';
import { captureConversation } from './conversations/index.js';
import { HANDLERS, type HandlerContext } from './handlers/index.js';
import { personIdFor, type IdentityOptions } from './identity.js';
import { handleMessage } from './messages/index.js';
import type { FollowUps, Notifier } from './notify/index.js';

const NOT_KNOWN =
  'I do not recognise you as one of the council’s officers. Ask the performance team to add you.';

export interface TeamsBotOptions {
  deps: AppDeps;
  notifier: Notifier;
  followUps: FollowUps;
  logger: Logger;
  identity: IdentityOptions;
}

/** Universal Actions invoke responses: the refreshed card, or a message (Teams shows it as a toast). */
export function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: CARD_CONTENT_TYPE,
    value: card as unknown as Record<string, unknown>,
  };
}

function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text as unknown as Record<string, unknown>,
  };
}

export class TeamsBot extends TeamsActivityHandler {
  constructor(private readonly options: TeamsBotOptions) {
    super();
    this.onMessage(async (turn, next) => {
      const ctx = await this.context(turn);
      if (!ctx) await turn.sendActivity(NOT_KNOWN);
      else await handleMessage(turn, ctx);
      await next();
    });
    this.onConversationUpdate(async (turn, next) => {
      await this.context(turn);
      await next();
    });
    this.onInstallationUpdate(async (turn, next) => {
      await this.context(turn);
      await next();
    });
  }

  /** Who is acting, with their conversation captured; null for someone the council does not know. */
  private async context(turn: TurnContext): Promise<HandlerContext | null> {
    const { deps, notifier, followUps, logger, identity } = this.options;
    const personId = await personIdFor(deps, turn.activity, identity);
    if (!personId) return null;
    await captureConversation(
      deps,
      personId,
      turn.activity,
      TurnContext.getConversationReference(turn.activity),
    );
    return {
      deps,
      notifier,
      followUps,
      logger,
      personId,
      cardActivityId: turn.activity.replyToId ?? null,
      channel: turn.activity.type === 'invoke' ? 'card' : 'bot',
    };
  }

  protected override async onAdaptiveCardInvoke(
    turn: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const ctx = await this.context(turn);
    if (!ctx) return messageResponse(NOT_KNOWN);
    const verb = invokeValue.action.verb;
    if (!isVerb(verb))
      return messageResponse('That button is from an older card: type "my returns".');
    const data = (invokeValue.action.data ?? {}) as Record<string, unknown>;
    const started = process.hrtime.bigint();
    const card = await HANDLERS[verb](ctx, data);
    this.options.logger.debug(
      { verb, ms: Number(process.hrtime.bigint() - started) / 1e6 },
      'card action handled',
    );
    return cardResponse(card);
  }
}
