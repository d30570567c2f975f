// `post reports here` and `stop posting reports here`, typed in a team channel (issue 8): the
// performance team chooses the channel that gets the quarter-complete card; `post dashboards here`
// likewise the Leadership Team's channel for strategic dashboard editions (issue 17). The channel is the one
// the message came from — its id without the `;messageid=…` of the thread — with the service URL and
// tenant Teams sent, so the card can be posted there later. Anyone else is refused; nothing changes.
import { teamsGetChannelId, type Activity } from 'botbuilder';
import { ConflictError } from '../../src/domain/errors/errors.js';
import type { HandlerContext } from '../handlers/index.js';
import {
  clearReportChannel,
  LEADERSHIP_CHANNEL,
  REPORT_CHANNEL,
  reportChannelId,
  saveReportChannel,
  type ChannelSetting,
  type ChannelTarget,
} from '../notify/index.js';
import type { Reply } from './parse-reply.js';

type ChannelCommand = Extract<Reply, { kind: 'report-channel' | 'leadership-channel' }>;

/** What each command sets, and the words its answers use. */
interface ChannelWords {
  setting: ChannelSetting;
  /** "Quarter-complete cards", "Strategic dashboard editions". */
  cards: string;
  /** "reports", "dashboards": the command's own word. */
  word: string;
  /** "report channel", "leadership channel". */
  channel: string;
}

const WORDS: Record<ChannelCommand['kind'], ChannelWords> = {
  'report-channel': {
    setting: REPORT_CHANNEL,
    cards: 'Quarter-complete cards',
    word: 'reports',
    channel: 'report channel',
  },
  'leadership-channel': {
    setting: LEADERSHIP_CHANNEL,
    cards: 'Strategic dashboard editions',
    word: 'dashboards',
    channel: 'leadership channel',
  },
};

const onlyAdmin = (w: ChannelWords) =>
  `Only the performance team can choose where ${w.cards.toLowerCase()} are posted. Nothing has changed.`;
const notInChat = (w: ChannelWords) =>
  `Type this in the team channel where ${w.cards.toLowerCase()} should go, mentioning me ` +
  `(@Golden Thread), e.g. "@Golden Thread post ${w.word} here". It cannot be set from a chat.`;
const clashed = (w: ChannelWords) =>
  `The ${w.channel} changed while I was saving it. Type the command again.`;

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

async function clear(ctx: HandlerContext, here: ChannelTarget, w: ChannelWords): Promise<string> {
  const current = await reportChannelId(ctx.deps, w.setting);
  if (!current) return `${w.cards} are not being posted in any channel.`;
  if (current !== here.conversationId) {
    return (
      `${w.cards} are posted in another channel, not this one, so nothing has ` +
      `changed. Type this there to stop them, or "post ${w.word} here" to move them here.`
    );
  }
  const event = `settings.${w.setting.id}-cleared`;
  await clearReportChannel(ctx.deps, { actorId: ctx.personId, channel: 'bot', event }, w.setting);
  return `${w.cards} will no longer be posted in this channel.`;
}

export async function reportChannelCommand(
  ctx: HandlerContext,
  activity: Partial<Activity>,
  command: ChannelCommand,
): Promise<string> {
  const w = WORDS[command.kind];
  if (!(await isAdmin(ctx))) return onlyAdmin(w);
  const here = channelOf(activity);
  if (!here) return notInChat(w);
  try {
    if (command.action === 'clear') return await clear(ctx, here, w);
    const event = `settings.${w.setting.id}-set`;
    const context = { actorId: ctx.personId, channel: 'bot' as const, event };
    await saveReportChannel(ctx.deps, here, context, w.setting);
    return `${w.cards} will be posted in this channel.`;
  } catch (err) {
    if (err instanceof ConflictError) return clashed(w);
    throw err;
  }
}
