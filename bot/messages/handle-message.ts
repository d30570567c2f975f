// A message typed to the bot: a command, or a figure for a due return. A figure goes through the
// same decide() as the card (channel 'bot'); a question or a problem comes back as the return card
// with what was typed kept, so the officer finishes in the card.
import type { TurnContext } from 'botbuilder';
import { myKeyActionUpdates } from '../../src/app/key-action-updates/index.js';
import { myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import {
  attachment,
  emptyDraft,
  escapeCardText,
  helpCard,
  myReturnsCard,
  whichReturnCard,
  type AdaptiveCard,
  type EntryDraft,
} from '../cards/index.js';
import { cardFor, decide, enterEvent, errorCard, type HandlerContext } from '../handlers/index.js';
import { typedKeyActionUpdate } from './key-action-reply.js';
import { parseReply, type Reply } from './parse-reply.js';
import { reminderReply } from './reminder-replies.js';
import { reportChannelCommand } from './report-channel-command.js';

/** Teams' conversation types where others read the bot's answers: a channel, a group or meeting chat. */
function isShared(turn: TurnContext): boolean {
  const type = turn.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}

// In a channel or a meeting chat everyone would read the answer: a person's returns, figures and
// cards stay in their own chat with the bot. Only help and the channel commands answer here.
const ONLY_IN_OWN_CHAT =
  'I answer that in your own chat with Golden Thread, so your returns are not shown to everyone ' +
  'here. Open the Golden Thread app and type it there.';
const SHARED_KINDS: ReadonlySet<Reply['kind']> = new Set([
  'help',
  'report-channel',
  'leadership-channel',
]);

type Typed = Extract<Reply, { kind: 'figure' | 'not-available' }>;

async function latestReturnId(ctx: HandlerContext, code: string): Promise<string | null> {
  const [indicator] = await ctx.deps.store.query('indicators', { code });
  if (!indicator) return null;
  const returns = await ctx.deps.store.query('returns', { indicatorId: indicator.id });
  // Period keys sort by time within a frequency (`2025-04`, `2025/26 Q1`): the last one is latest.
  const latest = returns
    .sort((a, b) => a.fields.periodKey.localeCompare(b.fields.periodKey))
    .at(-1);
  return latest?.id ?? null;
}

function draftOf(reply: Typed): EntryDraft {
  return reply.kind === 'figure'
    ? { ...emptyDraft(), value: reply.valueText, commentary: reply.commentary }
    : { ...emptyDraft(), notAvailable: true, notAvailableReason: reply.reason };
}

async function typedFigure(ctx: HandlerContext, reply: Typed): Promise<AdaptiveCard | string> {
  const due = (await myReturns(ctx.deps, ctx.personId)).toEnter;
  let chosen: ReturnView | undefined;
  if (reply.code) {
    chosen = due.find((v) => v.indicator.code.toUpperCase() === reply.code);
    if (!chosen) {
      const codes = due.map((v) => v.indicator.code).join(', ');
      return `You have no return due for ${escapeCardText(reply.code, 20)}.${codes ? ` Due from you: ${codes}.` : ''}`;
    }
  } else if (due.length === 1) {
    chosen = due[0];
  } else if (due.length === 0) {
    return 'Nothing is due from you just now, so I have not recorded that figure.';
  } else if (reply.kind === 'figure') {
    return whichReturnCard(due, reply);
  } else {
    return `Several returns are due: start with the code, e.g. ${due[0]!.indicator.code} n/a and the reason.`;
  }
  const draft = draftOf(reply);
  try {
    return await decide(
      ctx,
      { returnId: chosen!.id, version: chosen!.version },
      enterEvent(draft, false),
      { draft },
    );
  } catch (err) {
    return errorCard(ctx, chosen!.id, err, { draft });
  }
}

export async function handleMessage(turn: TurnContext, ctx: HandlerContext): Promise<void> {
  const reply = parseReply(turn.activity.text ?? '');
  let answer: AdaptiveCard | string;
  let returnId: string | null = null;
  if (isShared(turn) && !SHARED_KINDS.has(reply.kind)) {
    await turn.sendActivity({ type: 'message', text: ONLY_IN_OWN_CHAT });
    return;
  }
  switch (reply.kind) {
    case 'help':
      answer = helpCard();
      break;
    case 'my-returns': {
      const [returns, updates] = await Promise.all([
        myReturns(ctx.deps, ctx.personId),
        myKeyActionUpdates(ctx.deps, ctx.personId),
      ]);
      answer = myReturnsCard({ ...returns, toUpdate: updates.toUpdate });
      break;
    }
    case 'status': {
      returnId = await latestReturnId(ctx, reply.code);
      const found = returnId ? await cardFor(ctx.deps, ctx.personId, returnId) : null;
      answer =
        found?.card ?? `I know no indicator with the code ${escapeCardText(reply.code, 20)}.`;
      break;
    }
    case 'remind-tomorrow':
    case 'on-leave':
      answer = await reminderReply(ctx, reply);
      break;
    case 'report-channel':
    case 'leadership-channel':
      answer = await reportChannelCommand(ctx, turn.activity, reply);
      break;
    case 'figure':
    case 'not-available': {
      answer = await typedFigure(ctx, reply);
      const data = typeof answer === 'string' ? null : answer.refresh?.action.data;
      returnId = typeof data?.returnId === 'string' ? data.returnId : null;
      break;
    }
    case 'key-action':
      answer = await typedKeyActionUpdate(ctx, reply.update);
      break;
    default:
      await turn.sendActivity('Sorry, I did not understand that. Here is what I can do:');
      answer = helpCard();
  }
  if (typeof answer === 'string') {
    await turn.sendActivity({ type: 'message', text: answer, textFormat: 'markdown' });
    return;
  }
  const sent = await turn.sendActivity({ type: 'message', attachments: [attachment(answer)] });
  if (returnId && sent?.id && turn.activity.conversation?.id) {
    await ctx.notifier.recordCard(
      returnId,
      ctx.personId,
      turn.activity.conversation.id,
      sent.id,
      'reply',
    );
  }
}
