// Where to reach a person the bot has never spoken to, and how to remember it: the service URL,
// tenant and bot come from any conversation already known in the tenant (Teams routes a tenant to
// one regional service URL), else from configuration; the new 1:1 conversation is stored as
// captureConversation would store it, so the next digest goes straight there.
import type { AppDeps } from '../../src/app/deps.js';
import type { SendOutcome } from '../../src/app/nudges/index.js';
import type { ConversationRecord } from '../../src/domain/ports/store.js';
import { conversationFor } from '../conversations/index.js';

export interface TenantDefaults {
  /** e.g. `https://smba.trafficmanager.net/uk/`, used until the bot has seen a conversation. */
  serviceUrl?: string;
  tenantId?: string;
  /** The bot's Microsoft App id; Teams names the bot `28:{app id}`. */
  botAppId?: string;
}

export interface ChannelBasis {
  serviceUrl: string;
  tenantId: string | null;
  bot: unknown;
  channelId: string;
}

export async function channelBasis(
  deps: AppDeps,
  defaults: TenantDefaults = {},
): Promise<ChannelBasis | SendOutcome> {
  const [known] = await deps.store.query('conversations', {}, { top: 1 });
  if (known) {
    const ref = known.fields.reference as { bot?: unknown; channelId?: string };
    return {
      serviceUrl: known.fields.serviceUrl,
      tenantId: known.fields.tenantId ?? defaults.tenantId ?? null,
      bot: ref.bot,
      channelId: ref.channelId ?? 'msteams',
    };
  }
  if (defaults.serviceUrl) {
    return {
      serviceUrl: defaults.serviceUrl,
      tenantId: defaults.tenantId ?? null,
      bot: defaults.botAppId ? { id: `28:${defaults.botAppId}` } : undefined,
      channelId: 'msteams',
    };
  }
  return {
    kind: 'permanent',
    status: null,
    message: 'no Teams conversation known in this tenant yet',
  };
}

/** Stores the person's new 1:1 conversation, unless the bot captured one meanwhile. */
export async function rememberConversation(
  deps: AppDeps,
  personId: string,
  basis: ChannelBasis,
  conversationId: string,
): Promise<ConversationRecord> {
  // Installing the app makes Teams send the bot a conversationUpdate, which captures the chat too.
  const captured = await conversationFor(deps, personId);
  if (captured) return captured;
  const record: ConversationRecord = {
    personId,
    tenantId: basis.tenantId,
    serviceUrl: basis.serviceUrl,
    conversationId,
    reference: {
      channelId: basis.channelId,
      serviceUrl: basis.serviceUrl,
      conversation: { id: conversationId, conversationType: 'personal', tenantId: basis.tenantId },
      // The store keeps JSON only: no `bot` key at all when it is not known.
      ...(basis.bot === undefined ? {} : { bot: basis.bot }),
      // The Entra object id only: Teams' own user id (`29:…`) is stored once the person speaks to
      // the bot (captureConversation); refresh.userIds takes only that.
      user: { aadObjectId: personId },
    },
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.store.create('conversations', record, {
    actorId: 'system',
    channel: 'bot',
    event: 'conversation.created',
  });
  return record;
}
