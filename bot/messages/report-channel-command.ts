// `post reports here` and `stop posting reports here`, typed in a team channel (issue 8): the
// performance team chooses the channel that gets the quarter-complete card. The channel is the one
// the message came from — its id without the `;messageid=…` of the thread — with the service URL and
// tenant Teams sent, so the card can be posted there later. Anyone else is refused; nothing changes.
import { teamsGetChannelId, type Activity } from 'botbuilder';
import { ConflictError } from '../../src/domain/errors/errors.js';
import type { HandlerContext } from '../handlers/index.js';
import {
  clearReportChannel,
  reportChannelId,
  saveReportChannel,
  type ChannelTarget,
} from '../notify/index.js';
import type { Reply } from './parse-reply.js';

type ChannelCommand = Extract<Reply, { kind: 'report-channel' }>;

const ONLY_ADMIN =
  'Only the performance team can choose where quarter-complete cards are posted. Nothing has changed.';
const NOT_IN_CHAT =
  'Type this in the team channel where quarter-complete cards should go, mentioning me ' +
  '(@Golden Thread), e.g. "@Golden Thread post reports here". It cannot be set from a chat.';
const CLASHED = 'The report channel changed while I was saving it. Type the command again.';

/** The channel a message came from, or null outside a team channel. */
export function channelOf(activity: Partial<Activity>): ChannelTarget | null {
  const conversation = activity.conversation;
  if (conversation?.conversationType !== 'channel' || !activity.serviceUrl) return null;
  const id = teamsGetChannelId(activity as Activity) ?? conversation.id.split(';')[0];
  if (!id) return null;
  const data = activity.channelData as { tenant?: { id?: string } } | undefined;
  return {
    conversationId: id,
    serviceUrl: activity.serviceUrl,
    tenantId: conversation.tenantId ?? data?.tenant?.id ?? null,
  };
}

async function isAdmin(ctx: HandlerContext): Promise<boolean> {
  const person = await ctx.deps.store.get('people', ctx.personId);
  return person?.fields.roles.includes('admin') ?? false;
}

async function clear(ctx: HandlerContext, here: ChannelTarget): Promise<string> {
  const current = await reportChannelId(ctx.deps);
  if (!current) return 'Quarter-complete cards are not being posted in any channel.';
  if (current !== here.conversationId) {
    return (
      'Quarter-complete cards are posted in another channel, not this one, so nothing has ' +
      'changed. Type this there to stop them, or "post reports here" to move them here.'
    );
  }
  const event = 'settings.report-channel-cleared';
  await clearReportChannel(ctx.deps, { actorId: ctx.personId, channel: 'bot', event });
  return 'Quarter-complete cards will no longer be posted in this channel.';
}

export async function reportChannelCommand(
  ctx: HandlerContext,
  activity: Partial<Activity>,
  command: ChannelCommand,
): Promise<string> {
  if (!(await isAdmin(ctx))) return ONLY_ADMIN;
  const here = channelOf(activity);
  if (!here) return NOT_IN_CHAT;
  try {
    if (command.action === 'clear') return await clear(ctx, here);
    const event = 'settings.report-channel-set';
    await saveReportChannel(ctx.deps, here, { actorId: ctx.personId, channel: 'bot', event });
    return 'Quarter-complete cards will be posted in this channel.';
  } catch (err) {
    if (err instanceof ConflictError) return CLASHED;
    throw err;
  }
}
