// Posts a card to the council's performance channel in Teams (e.g. the quarter-complete card): the
// channel set by `post reports here` (report-channel-setting.ts), where the app is installed in
// that team. Nothing configured: nothing is sent, the log says so, and the caller is told (false).
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { AppDeps } from '../../src/app/deps.js';
import type { ChannelNotifier } from '../../src/reports/index.js';
import type { Logger } from '../../src/platform/logging/logger.js';
import { attachment, quarterCompleteCard, type AdaptiveCard } from '../cards/index.js';
import { reportChannel } from './report-channel-setting.js';

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
    async postQuarterComplete(input) {
      const card = quarterCompleteCard(input);
      const target = await reportChannel(deps);
      if (!target) {
        logger.info('no report channel is configured (setting reportChannel); card not posted');
        return false;
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
      return true;
    },
  };
}
