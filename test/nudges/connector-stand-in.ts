// A local stand-in for the Bot Framework connector (http on 127.0.0.1) that enforces Teams'
// documented limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; per app 30/s) on its own
// clock and answers 429 with Retry-After when they are broken, and injects 429s, 5xx and 403s on
// request. It counts every message it accepts, so tests can prove no duplicates and no misses.
// A card whose refresh.userIds is not Teams user ids (`29:…`, at most 60) is refused with 400
// BadArgument, as the protocol tests' connector does (test/protocol/support/refresh-rule.ts).
// A 403 can be injected with Teams' blocked-bot body: `subCode: MessageWritesBlocked` ("Send
// proactive messages", learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/
// send-proactive-messages) and the error code `ConversationBlockedByUser` ("Status codes from bot
// conversational APIs", …/bots/how-to/conversations/conversation-messages).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activityCardProblem } from '../protocol/support/refresh-rule.js';
import { TEAMS_LIMITS, type RateLimits, type Timer } from '../../src/app/nudges/index.js';

export interface Delivery {
  conversationId: string;
  marker: string | null;
  at: number;
  body: any;
}

/** `blocked`: answer as Teams does when the person blocked or removed the bot. */
export type Fault = { status: number; retryAfterSeconds?: number; blocked?: boolean };

/** Teams' answer to a bot the person blocked (the documented code and sub-code). */
export const BLOCKED_BODY = {
  error: {
    code: 'ConversationBlockedByUser',
    message: 'User blocked the conversation with the bot.',
  },
  subCode: 'MessageWritesBlocked',
};

export interface StandIn {
  url: string;
  deliveries: Delivery[];
  /** Requests refused because they broke a limit (the sender's limiter should keep this at 0). */
  limitViolations: number;
  requests: number;
  /** Faults to answer the next requests to a conversation with, in order. */
  inject(conversationId: string, ...faults: Fault[]): void;
  /** Holds every response until released (to kill a client mid-send). */
  hold(on: boolean): void;
  onDelivery?: (d: Delivery) => void;
  close(): Promise<void>;
}

function breaks(times: number[], windows: RateLimits['global'], now: number): boolean {
  return windows.some((w) => times.filter((t) => t > now - w.ms).length >= w.max);
}

export async function startStandIn(
  timer: Timer,
  limits: RateLimits = TEAMS_LIMITS,
  port = 0,
): Promise<StandIn> {
  const deliveries: Delivery[] = [];
  const faults = new Map<string, Fault[]>();
  const perConversation = new Map<string, number[]>();
  const global: number[] = [];
  let held = false;
  const waiting: Array<() => void> = [];
  let n = 0;
  const state = { limitViolations: 0, requests: 0 };
  // Slack for clock granularity: the sender books slots on the same clock, to the millisecond.
  const EPS = 2;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? JSON.parse(text) : null;
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/\/+/g, '/');
    // A proactive send through continueConversation posts as a reply (…/activities/{id}).
    const m = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/[^/]+)?\/?)?$/.exec(path);
    if (path === '/test/delivered') {
      // For the reconciler the crash test gives its sender (real Teams has no such look-up).
      const q = new URL(req.url ?? '', 'http://x').searchParams;
      const found = deliveries.some(
        (d) => d.conversationId === q.get('conversation') && d.marker === q.get('marker'),
      );
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ found }));
      return;
    }
    if (!m || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    state.requests++;
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      const send = () => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (held) waiting.push(send);
      else send();
    };
    if (!m[1]) {
      const id = `a:created-${++n}`;
      json(201, { id, activityId: '' });
      return;
    }
    const conversationId = m[1];
    const queued = faults.get(conversationId);
    const fault = queued?.shift();
    if (fault) {
      const headers: Record<string, string> =
        fault.retryAfterSeconds !== undefined
          ? { 'retry-after': String(fault.retryAfterSeconds) }
          : {};
      json(
        fault.status,
        fault.blocked
          ? BLOCKED_BODY
          : { error: { code: 'Injected', message: `injected ${fault.status}` } },
        headers,
      );
      return;
    }
    const problem = activityCardProblem(body);
    if (problem) {
      json(400, { error: { code: 'BadArgument', message: problem } });
      return;
    }
    const now = timer.now() + EPS;
    const times = perConversation.get(conversationId) ?? [];
    if (breaks(times, limits.perConversation, now) || breaks(global, limits.global, now)) {
      state.limitViolations++;
      json(429, { error: { code: 'Throttled', message: 'rate limit' } }, { 'retry-after': '1' });
      return;
    }
    times.push(timer.now());
    perConversation.set(conversationId, times.slice(-2000));
    global.push(timer.now());
    if (global.length > 5000) global.splice(0, global.length - 1000);
    const d: Delivery = {
      conversationId,
      marker: body?.channelData?.goldenThreadDigest ?? null,
      at: timer.now(),
      body,
    };
    deliveries.push(d);
    standIn.onDelivery?.(d);
    json(200, { id: `act-${++n}` });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const standIn: StandIn = {
    url: `http://127.0.0.1:${address.port}/`,
    deliveries,
    get limitViolations() {
      return state.limitViolations;
    },
    get requests() {
      return state.requests;
    },
    inject(conversationId, ...f) {
      faults.set(conversationId, [...(faults.get(conversationId) ?? []), ...f]);
    },
    hold(on) {
      held = on;
      if (!on) waiting.splice(0).forEach((send) => send());
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return standIn;
}
