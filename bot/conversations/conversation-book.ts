// Where to reach each person in Teams chat: the Bot Framework conversation reference, captured when
// the app is installed or first spoken to, kept in the `conversations` list keyed by person id
// (the Entra object id in a tenant). Written only when it changes, not on every message.
// botbuilder's types only: the nudge sender reads this book and runs without the SDK, so the
// reference is taken by the bot (TurnContext.getConversationReference) and handed in.
import type { Activity, ConversationReference } from 'botbuilder';
import type { AppDeps } from '../../src/app/deps.js';
import type { ConversationRecord } from '../../src/domain/ports/store.js';
import { MAX_REFRESH_USERS, isTeamsUserId } from '../cards/refresh-users.js';

/** Proactive cards go to the person's own chat with the bot, not to a group chat or channel. */
function isPersonal(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

export async function captureConversation(
  deps: AppDeps,
  personId: string,
  activity: Partial<Activity>,
  reference: Partial<ConversationReference>,
): Promise<void> {
  if (!activity.conversation?.id || !activity.serviceUrl || !isPersonal(activity)) return;
  const record: ConversationRecord = {
    personId,
    tenantId: activity.conversation.tenantId ?? null,
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    updatedAt: deps.clock.now().toISOString(),
  };
  const ctx = { actorId: personId, channel: 'bot' as const, event: 'conversation.captured' };
  const [existing] = await deps.store.query('conversations', { personId });
  if (!existing) {
    await deps.store.create('conversations', record, ctx);
    return;
  }
  const same =
    existing.fields.conversationId === record.conversationId &&
    existing.fields.serviceUrl === record.serviceUrl &&
    (existing.fields.reference as { user?: { id?: string } }).user?.id === reference.user?.id;
  if (!same) await deps.store.update('conversations', existing.id, existing.version, record, ctx);
}

export async function conversationFor(
  deps: AppDeps,
  personId: string,
): Promise<ConversationRecord | null> {
  const [existing] = await deps.store.query('conversations', { personId });
  return existing?.fields ?? null;
}

/**
 * The Teams user ids of these people, for a card's `refresh.userIds`: only people whose Teams id
 * the bot has learnt (from an activity's `from.id`) can be listed — a chat the bot opened itself
 * knows only their Entra object id, which Teams does not accept there, so they are left out until
 * they speak to the bot. The first 60 are kept, in the order given (the people with a part in the
 * return come first): past 60, Teams shows everyone else the shared card anyway.
 */
export async function teamsUserIds(deps: AppDeps, personIds: Iterable<string>): Promise<string[]> {
  // Looked up together: on SharePoint, reads of one list at the same moment share one delta
  // request (list-cache.ts), and the card answer waits for these (Teams allows it a few seconds).
  const records = await Promise.all(
    [...new Set(personIds)].map((personId) => conversationFor(deps, personId)),
  );
  const ids: string[] = [];
  for (const record of records) {
    if (ids.length >= MAX_REFRESH_USERS) break;
    const userId = (record?.reference as { user?: { id?: string } } | undefined)?.user?.id;
    if (isTeamsUserId(userId) && !ids.includes(userId)) ids.push(userId);
  }
  return ids;
}
