// Teams-shaped activities, posted to the bot's /api/messages as Teams posts them, one person each:
// from.aadObjectId carries the person's id (their Entra object id in a tenant; the demo's GUIDs).
import { randomUUID } from 'node:crypto';

export const TENANT = '00000000-0000-4000-a000-00000000beef';

export interface TeamsUser {
  personId: string;
  name: string;
  conversationId: string;
  userId: string;
}

export function teamsUser(personId: string, name = 'Test officer'): TeamsUser {
  return { personId, name, conversationId: `a:personal-${personId}`, userId: `29:${personId}` };
}

function base(user: TeamsUser, serviceUrl: string) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from: { id: user.userId, name: user.name, aadObjectId: user.personId },
    recipient: { id: '28:golden-thread-bot', name: 'Golden Thread' },
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

/** A channel of a team where the app is installed, as Teams names them. */
export interface TeamsChannel {
  teamId: string;
  channelId: string;
  name: string;
}

export function teamsChannel(name = 'Performance'): TeamsChannel {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    teamId: `19:team-${slug}@thread.tacv2`,
    channelId: `19:${slug}@thread.tacv2`,
    name,
  };
}

export const activities = {
  /**
   * A message posted in a team channel mentioning the bot, as Teams sends it: the conversation is
   * the post's thread (`channel id;messageid=…`), the channel itself is in channelData, and the
   * text starts with the `<at>` mention.
   */
  channelMessage(user: TeamsUser, serviceUrl: string, channel: TeamsChannel, text: string) {
    const start = base(user, serviceUrl);
    const botName = start.recipient.name;
    return {
      ...start,
      type: 'message',
      textFormat: 'plain',
      text: `<at>${botName}</at> ${text}`,
      entities: [{ type: 'mention', text: `<at>${botName}</at>`, mentioned: start.recipient }],
      conversation: {
        id: `${channel.channelId};messageid=${Date.now()}`,
        conversationType: 'channel',
        isGroup: true,
        tenantId: TENANT,
      },
      channelData: {
        teamsChannelId: channel.channelId,
        teamsTeamId: channel.teamId,
        channel: { id: channel.channelId, name: channel.name },
        team: { id: channel.teamId, name: 'Performance team' },
        tenant: { id: TENANT },
      },
    };
  },

  installed(user: TeamsUser, serviceUrl: string) {
    return {
      ...base(user, serviceUrl),
      type: 'conversationUpdate',
      membersAdded: [
        { id: '28:golden-thread-bot' },
        { id: user.userId, aadObjectId: user.personId },
      ],
    };
  },
  message(user: TeamsUser, serviceUrl: string, text: string) {
    return { ...base(user, serviceUrl), type: 'message', text, textFormat: 'plain' };
  },
  invoke(
    user: TeamsUser,
    serviceUrl: string,
    verb: string,
    data: Record<string, unknown>,
    replyToId?: string,
  ) {
    return {
      ...base(user, serviceUrl),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    };
  },
};

export async function post(
  botUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let body: any = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: res.status, body };
}
