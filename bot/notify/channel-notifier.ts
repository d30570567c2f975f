// Posts a card to the council's performance channel in Teams (e.g. the quarter-complete card). The
// channel is council configuration in the `settings` list, key `reportChannel`:
// { conversationId: '19:…@thread.tacv2', serviceUrl?, tenantId? } — the channel's Teams id, where
// the app is installed in that team. Without a service URL, the one of any known chat is used
// (Teams has one per region). Nothing configured: nothing is sent, and the log says so.
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { AppDeps } from '../../src/app/deps.js';
import type { ChannelNotifier } from '../../src/reports/index.js';
import type { Logger } from '../../src/server/logging/logger.js';
import { attachment, type AdaptiveCard } from '../cards/index.js';

export const REPORT_CHANNEL_SETTING = 'reportChannel';

export interface ChannelTarget {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export async function reportChannel(deps: AppDeps): Promise<ChannelTarget | null> {
  const [item] = await deps.store.query('settings', { key: REPORT_CHANNEL_SETTING });
  const value = (item?.fields.value ?? null) as Record<string, unknown> | null;
  const conversationId = text(value?.conversationId);
  if (!conversationId) return null;
  let serviceUrl = text(value?.serviceUrl);
  let tenantId = text(value?.tenantId);
  if (!serviceUrl) {
    const [known] = await deps.store.query('conversations', {}, { top: 1 });
    if (!known) return null;
    serviceUrl = known.fields.serviceUrl;
    tenantId ??= known.fields.tenantId;
  }
  return { conversationId, serviceUrl, tenantId };
}

export interface ChannelNotifierOptions {
  deps: AppDeps;
  adapter: CloudAdapter;
  /** The bot's app id; empty locally (anonymous). */
  appId: string;
  logger: Logger;
}

export function createChannelNotifier({
  deps,
  adapter,
  appId,
  logger,
}: ChannelNotifierOptions): ChannelNotifier {
  return {
    async postToChannel(card) {
      const target = await reportChannel(deps);
      if (!target) {
        logger.info('no report channel is configured (setting reportChannel); card not posted');
        return;
      }
      const reference: Partial<ConversationReference> = {
        channelId: 'msteams',
        serviceUrl: target.serviceUrl,
        bot: { id: appId ? `28:${appId}` : 'golden-thread', name: 'Golden Thread' },
        conversation: {
          id: target.conversationId,
          isGroup: true,
          conversationType: 'channel',
          name: '',
          ...(target.tenantId ? { tenantId: target.tenantId } : {}),
        },
      };
      await adapter.continueConversationAsync(appId, reference, async (ctx) => {
        await ctx.sendActivity({
          type: 'message',
          attachments: [attachment(card as unknown as AdaptiveCard)],
        });
      });
    },
  };
}
