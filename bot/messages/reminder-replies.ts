// `remind me tomorrow` and `on leave until 14/08` (issue 4): answered in words, through the
// nudges' own commands, so the chat, the tab and the cycle agree on what was recorded.
import { recordLeave, snoozeReminders } from '../../src/app/nudges/index.js';
import { ValidationError } from '../../src/domain/errors/errors.js';
import { formatDate, londonParts } from '../../src/domain/periods/index.js';
import type { HandlerContext } from '../handlers/index.js';
import type { Reply } from './parse-reply.js';

type ReminderReply = Extract<Reply, { kind: 'remind-tomorrow' | 'on-leave' }>;

export async function reminderReply(ctx: HandlerContext, reply: ReminderReply): Promise<string> {
  if (reply.kind === 'remind-tomorrow') {
    const until = londonParts(await snoozeReminders(ctx.deps, ctx.personId));
    return `I will not remind you again before ${formatDate(until.date)} at ${String(until.hour).padStart(2, '0')}:00.`;
  }
  try {
    const until = await recordLeave(ctx.deps, ctx.personId, reply.untilText);
    const [person] = [await ctx.deps.store.get('people', ctx.personId)];
    const delegate = person?.fields.delegateId
      ? await ctx.deps.store.get('people', person.fields.delegateId)
      : null;
    const to = delegate ? delegate.fields.name : 'your Responsible Officer';
    return `Noted: you are on leave until ${formatDate(until)}. Reminders go to ${to} meanwhile.`;
  } catch (err) {
    if (err instanceof ValidationError) return `Sorry: ${err.problems[0]!.message}.`;
    throw err;
  }
}
