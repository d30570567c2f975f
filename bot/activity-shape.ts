// What an inbound activity must look like before botbuilder sees it. botbuilder 4.23's CloudAdapter
// checks only that `type` is a string, and throws (outside its own try) when it is not; a
// `serviceUrl` that is not a string fails later inside the connector with a TypeError. Both became
// 500s with internal text (#15 D1, D2). These are the fields botbuilder and our handlers rely on,
// with bounds well above anything Teams, the Agents Playground or the Emulator send; anything
// else passes through untouched, so a valid activity reaches botbuilder exactly as it came.
import { z } from 'zod';

const id = z.string().min(1).max(1024);
const account = z.looseObject({
  id,
  name: z.string().max(1024).optional(),
  aadObjectId: z.string().max(256).optional(),
});
const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const activity = z.looseObject({
  type: z.string().min(1).max(64),
  serviceUrl: httpUrl,
  channelId: z.string().min(1).max(64),
  from: account,
  conversation: z.looseObject({
    id,
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(256).optional(),
    isGroup: z.boolean().optional(),
  }),
  recipient: account.optional(),
  id: z.string().max(1024).optional(),
  replyToId: z.string().max(1024).optional(),
  name: z.string().max(256).optional(),
  // Teams caps a message at about 28 KB; a longer text is not from Teams.
  text: z.string().max(32_000).optional(),
  textFormat: z.string().max(32).optional(),
  locale: z.string().max(64).optional(),
  timestamp: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  deliveryMode: z.string().max(32).optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(256).optional() }))
    .max(64)
    .optional(),
  attachments: z.array(z.looseObject({})).max(64).optional(),
  membersAdded: z.array(account).max(256).optional(),
  membersRemoved: z.array(account).max(256).optional(),
  channelData: z.looseObject({}).optional(),
});

/** `adaptiveCard/action` (Universal Actions): what onAdaptiveCardInvoke and the handlers read. */
const cardAction = z.looseObject({
  action: z.looseObject({
    // The only action botbuilder's onAdaptiveCardInvoke accepts; it answers anything else itself.
    type: z.literal('Action.Execute'),
    verb: z.string().max(128).optional(),
    data: z.looseObject({}).optional(),
  }),
});

export interface ActivityProblem {
  field: string;
  message: string;
}

/** The first problem that stops this body being handed to botbuilder, or null when there is none. */
export function activityProblem(body: unknown): ActivityProblem | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { field: 'body', message: 'must be a JSON object (an activity)' };
  }
  const parsed = activity.safeParse(body);
  if (!parsed.success) return firstIssue(parsed.error);
  if (parsed.data.type === 'invoke') {
    if (parsed.data.name === undefined) return { field: 'name', message: 'an invoke needs a name' };
    if (parsed.data.name === 'adaptiveCard/action') {
      const value = cardAction.safeParse((body as { value?: unknown }).value);
      if (!value.success) return firstIssue(value.error, 'value');
    }
  }
  return null;
}

function firstIssue(error: z.ZodError, prefix?: string): ActivityProblem {
  const issue = error.issues[0]!;
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return { field: path || 'body', message: issue.message };
}
