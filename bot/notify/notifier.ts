// Proactive messages: after a submit the Responsible Officer gets a check card; after a check the
// Authorising Officer an authorise card (or, when separation of duties bars them, whoever the step
// has fallen to — the card says why); after a send-back the previous person is told why. Every
// card sent about a return is recorded in `cardMessages`, so a decision updates every copy in place.
import {
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationReference,
} from 'botbuilder';
import type { AppDeps } from '../../src/app/deps.js';
import type { HandoverNotice } from '../../src/app/notifications.js';
import type { Logger } from '../../src/platform/logging/logger.js';
import { MAX_SHOWN, attachment, escapeCardText, type AdaptiveCard } from '../cards/index.js';
import { conversationFor } from '../conversations/index.js';
import { cardFor } from '../handlers/card-for.js';
import { errorSummary } from './follow-ups.js';

/** The token audience for calls to the Bot Framework connector (ignored when anonymous). */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export interface Notifier {
  /** Brings every other copy of the return's card up to date, then tells whoever has it now. */
  afterDecision(notice: ReturnNotice): Promise<void>;
  /** Sends a person a short message in their chat. */
  tell(personId: string, text: string): Promise<void>;
  /** Sends a person their card for a return; returns the sent activity id, or null. */
  sendReturnCard(personId: string, returnId: string, kind: string): Promise<string | null>;
  /** Sends a person a card of its own (a key-action update to check): the activity id, or null. */
  sendCard(personId: string, content: AdaptiveCard): Promise<string | null>;
  /** Records a card sent in reply during a turn, so later decisions update it too. */
  recordCard(
    returnId: string,
    personId: string,
    conversationId: string,
    activityId: string,
    kind: string,
  ): Promise<void>;
}

export type ReturnNotice = Extract<HandoverNotice, { kind: 'return' }>;

export interface NotifierOptions {
  deps: AppDeps;
  adapter: CloudAdapter;
  /** The bot's app id; empty locally (anonymous). */
  appId: string;
  logger: Logger;
}

export function createNotifier({ deps, adapter, appId, logger }: NotifierOptions): Notifier {
  /**
   * A person who has never spoken to the bot has no conversation yet: open a 1:1 chat with them by
   * their Entra object id (Teams accepts it in personal scope when the app is installed for them),
   * through the service URL of a conversation we already have in the same tenant.
   */
  async function openConversation(
    personId: string,
    logic: (ctx: TurnContext) => Promise<void>,
  ): Promise<boolean> {
    const [known] = await deps.store.query('conversations', {}, { top: 1 });
    if (!known) {
      logger.info('no Teams conversation known yet; nothing sent');
      return false;
    }
    const ref = known.fields.reference as Partial<ConversationReference>;
    const tenantId = known.fields.tenantId ?? undefined;
    await adapter.createConversationAsync(
      appId,
      ref.channelId ?? 'msteams',
      known.fields.serviceUrl,
      BOT_FRAMEWORK_AUDIENCE,
      {
        isGroup: false,
        bot: ref.bot!,
        members: [{ id: personId, name: '' }],
        tenantId,
        channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
        activity: undefined as unknown as Activity,
      },
      async (ctx) => {
        const reference = {
          ...TurnContext.getConversationReference(ctx.activity),
          // Only the Entra object id is known here: the Teams id (`29:…`) is learnt when the person
          // first speaks to the bot (captureConversation), and only that may go in refresh.userIds.
          user: { aadObjectId: personId },
          bot: ref.bot,
        };
        await deps.store.create(
          'conversations',
          {
            personId,
            tenantId: tenantId ?? null,
            serviceUrl: known.fields.serviceUrl,
            conversationId: ctx.activity.conversation.id,
            reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
            updatedAt: deps.clock.now().toISOString(),
          },
          { actorId: 'system', channel: 'bot', event: 'conversation.created' },
        );
        await logic(ctx);
      },
    );
    return true;
  }

  async function inConversation(
    personId: string,
    conversationId: string | null,
    logic: (ctx: TurnContext) => Promise<void>,
  ): Promise<boolean> {
    try {
      const record = await conversationFor(deps, personId);
      if (!record) return await openConversation(personId, logic);
      const reference = { ...record.reference } as Partial<ConversationReference>;
      if (conversationId)
        reference.conversation = { ...reference.conversation!, id: conversationId };
      await adapter.continueConversationAsync(appId, reference, logic);
      return true;
    } catch (err) {
      // The kind and status only: Teams' messages and our ids name people (STYLE: no personal data).
      logger.warn({ error: errorSummary(err) }, 'a proactive message to Teams failed');
      return false;
    }
  }

  async function send(personId: string, activity: Partial<Activity>): Promise<string | null> {
    let id: string | null = null;
    await inConversation(personId, null, async (ctx) => {
      id = (await ctx.sendActivity(activity))?.id ?? null;
    });
    return id;
  }

  const recordCard: Notifier['recordCard'] = async (
    returnId,
    personId,
    conversationId,
    activityId,
    kind,
  ) => {
    await deps.store.create(
      'cardMessages',
      {
        returnId,
        personId,
        conversationId,
        activityId,
        kind,
        sentAt: deps.clock.now().toISOString(),
      },
      { actorId: 'system', channel: 'bot', event: 'card.sent' },
    );
  };

  const sendReturnCard: Notifier['sendReturnCard'] = async (personId, returnId, kind) => {
    const found = await cardFor(deps, personId, returnId);
    if (!found) return null;
    const id = await send(personId, { type: 'message', attachments: [attachment(found.card)] });
    const record = id ? await conversationFor(deps, personId) : null;
    if (id && record) await recordCard(returnId, personId, record.conversationId, id, kind);
    return id;
  };

  async function tell(personId: string, text: string): Promise<void> {
    await send(personId, { type: 'message', text, textFormat: 'markdown' });
  }

  async function updateCopies(returnId: string, skipActivityId: string | null): Promise<void> {
    const copies = await deps.store.query('cardMessages', { returnId });
    for (const copy of copies) {
      const { personId, conversationId, activityId } = copy.fields;
      if (activityId === skipActivityId) continue;
      const found = await cardFor(deps, personId, returnId);
      if (!found) continue;
      const card: AdaptiveCard = found.card;
      await inConversation(personId, conversationId, async (ctx) => {
        await ctx.updateActivity({
          type: 'message',
          id: activityId,
          conversation: { ...ctx.activity.conversation, id: conversationId },
          attachments: [attachment(card)],
        });
      });
    }
  }

  async function afterDecision(notice: ReturnNotice) {
    const { view, handover } = notice;
    const what = `${escapeCardText(view.indicator.code)} ${view.periodLabel}`;
    // Earlier copies first, so the card sent to the next person below is not updated again.
    await updateCopies(view.id, notice.cardActivityId);
    if (!handover) return;
    // Whoever has it now (from the workflow table: workflow/whose-turn.ts) hears why, then gets
    // the card for their step.
    const why = reasonFor(notice, what);
    for (const id of handover.to) {
      if (why) await tell(id, why);
      await sendReturnCard(id, view.id, handover.step);
    }
  }

  const sendCard: Notifier['sendCard'] = (personId, content) =>
    send(personId, { type: 'message', attachments: [attachment(content)] });

  return { afterDecision, tell, sendReturnCard, sendCard, recordCard };
}

/** What the person it has come to is told before their card: a send-back's reason, and so on. */
function reasonFor({ view, event, handover }: ReturnNotice, what: string): string | null {
  const reason = escapeCardText(view.sentBackReason, MAX_SHOWN.reason);
  if (event === 'send-back') {
    const by = view.sentBackBy ? escapeCardText(view.sentBackBy.name, MAX_SHOWN.name) : 'Someone';
    return `${by} sent back ${what}: ${reason}`;
  }
  if (event === 'reopen') {
    const last = view.restatements.at(-1);
    const by = last?.reopenedBy ? escapeCardText(last.reopenedBy.name, MAX_SHOWN.name) : 'Someone';
    const why = escapeCardText(last?.reason ?? '', MAX_SHOWN.reason);
    return `${by} reopened ${what} to correct the authorised figure: ${why}`;
  }
  // A return that has passed over its assigned officers says why it has come to this person.
  return handover?.fallback ? `${what}: ${escapeCardText(handover.reason)}` : null;
}
