// What a connector refusal means for the performance team. A 403 with the sub-code
// `MessageWritesBlocked` ("Send proactive messages": the person blocked or uninstalled the bot) or
// the code `ConversationBlockedByUser` ("Status codes from bot conversational APIs") is not a fault
// to fix on our side but a person to talk to, so the ledger's error says so and names the codes;
// reminder deliveries (src/app/nudges/delivery-problems.ts) show it as it is. Other refusals keep
// Teams' own message.
//   learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
//   learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages
export const BLOCKED_SUB_CODE = 'MessageWritesBlocked';

/** The documented 403 codes that mean the person (or their admin) stopped the bot reaching them. */
const BLOCKED_CODES: Record<string, string> = {
  ConversationBlockedByUser: 'the person blocked Golden Thread in Teams',
  BotDisabledByAdmin: 'the tenant admin disabled the Golden Thread bot',
  BotNotInConversationRoster: 'Golden Thread is no longer installed for the person',
};

const text = (v: unknown, max = 80) => (typeof v === 'string' && v.trim() ? v.slice(0, max) : null);

/** The sub-code wherever the connector puts it (the documentation names it, not its place). */
function subCodeOf(json: any): string | null {
  return text(json?.subCode) ?? text(json?.error?.subCode) ?? text(json?.error?.innerError?.code);
}

/** A sentence for the ledger, or null when the refusal is not a blocked bot. */
export function blockedReason(status: number, json: unknown): string | null {
  if (status !== 403) return null;
  const body = json as { error?: { code?: unknown } } | null;
  const code = text(body?.error?.code);
  const subCode = subCodeOf(body);
  const why = code ? BLOCKED_CODES[code] : undefined;
  if (subCode !== BLOCKED_SUB_CODE && !why) return null;
  const codes = [code, subCode].filter((c): c is string => !!c && c !== 'Forbidden');
  return `blocked: ${why ?? 'the person blocked or removed Golden Thread in Teams'} (${codes.join(', ')}); reminders cannot reach them until they open it again`;
}
