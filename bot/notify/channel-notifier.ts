// Posts a card to a council channel in Teams: the quarter-complete card to the channel set by `post
// reports here`, a strategic dashboard edition to the one set by `post dashboards here` (else the
// report channel; report-channel-setting.ts), where the app is installed in that team. Nothing
// configured: nothing is sent, the log says so, and the caller is told (false).
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { AppDeps } from '../../src/app/deps.js';
import type { ChannelNotifier, LeadershipNotifier } from '../../src/reports/index.js';
import type { Logger } from '../../src/platform/logging/logger.js';
import {
  attachment,
  quarterCompleteCard,
  strategicEditionCard,
  type AdaptiveCard,
} from '../cards/index.js';
import { leadershipChannel, reportChannel, type ChannelTarget } from './report-channel-setting.js';

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
}: ChannelNotifierOptions): ChannelNotifier & LeadershipNotifier {
  const post = async (
    target: ChannelTarget | null,
    card: Record<string, unknown>,
    setting: string,
  ): Promise<boolean> => {
    if (!target) {
      logger.info(`no channel is configured (setting ${setting}); card not posted`);
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
  };
  return {
    async postQuarterComplete(input) {
      return post(await reportChannel(deps), quarterCompleteCard(input), 'reportChannel');
    },
    async postStrategicEdition(input) {
      return post(
        await leadershipChannel(deps),
        strategicEditionCard(input),
        'leadershipChannel or reportChannel',
      );
    },
  };
}
