// A local stand-in for the Bot Framework connector (the activity's serviceUrl): it records what the
// bot sends — replies, proactive messages, card updates, new conversations — as Teams would get them.
// As strict as Teams where the documentation is: a card whose refresh.userIds is not Teams user ids
// (refresh-rule.ts) is refused with 400 BadArgument ("Status codes from bot conversational APIs",
// learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages). It is
// also the Teams side of card clicks: `invoke` posts an adaptiveCard/action to the bot and records how
// long the bot took to answer, which Teams allows only a few seconds for.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activityCardProblem, refreshProblem } from './refresh-rule.js';
import { post } from './teams.js';

export interface Recorded {
  /** `refused`: a request answered with an injected error status (see `refuse`). */
  kind: 'reply' | 'send' | 'update' | 'create' | 'refused';
  conversationId: string;
  activityId: string;
  replyToId?: string;
  body: any;
  /** Why it was refused, for `refused`. */
  reason?: string;
}

/** One card click (adaptiveCard/action invoke) and how long the bot took to answer it. */
export interface InvokeTiming {
  verb: string;
  status: number;
  ms: number;
}

export interface Connector {
  url: string;
  records: Recorded[];
  /** Sent (replies and proactive sends) to one conversation, oldest first. */
  sentTo(conversationId: string): Recorded[];
  updatesOf(activityId: string): Recorded[];
  /** Answer every request for this conversation with `status` (e.g. 403: the app was removed). */
  refuse(conversationId: string, status: number): void;
  /**
   * Leaves requests for this conversation unanswered (a slow Teams) until the returned release is
   * called; `held` counts those waiting.
   */
  hold(conversationId: string): () => void;
  readonly held: number;
  /**
   * Posts an adaptiveCard/action invoke to the bot as Teams does, timing the answer (`invokes`). A
   * response card Teams would not accept (refresh.userIds) throws, naming the rule.
   */
  invoke(botUrl: string, activity: any): Promise<{ status: number; body: any; ms: number }>;
  /** Every invoke posted through `invoke`, oldest first (kept across `clear`). */
  invokes: InvokeTiming[];
  /**
   * Resolves once `ready(records)` holds — for what the bot sends after it has answered an invoke
   * (the next person's card, updated copies). Rejects after `waitMs` saying what never came.
   */
  until(what: string, ready: (records: Recorded[]) => boolean, waitMs?: number): Promise<void>;
  clear(): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

export async function startConnector(): Promise<Connector> {
  const records: Recorded[] = [];
  const invokes: InvokeTiming[] = [];
  const refused = new Map<string, number>();
  const holding = new Map<string, Array<() => void>>();
  const waiters = new Set<() => void>();
  const changed = () => waiters.forEach((w) => w());
  let n = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    const m = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(path);
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const [, conversationId, activityId] = m;
    const queue = conversationId ? holding.get(conversationId) : undefined;
    if (queue) {
      await new Promise<void>((resolve) => {
        queue.push(resolve);
        changed();
      });
    }
    const refusal = conversationId ? refused.get(conversationId) : undefined;
    if (refusal) {
      records.push({ kind: 'refused', conversationId: conversationId!, activityId: '', body });
      changed();
      res.writeHead(refusal, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'Forbidden', message: 'The bot is not installed' } }),
      );
      return;
    }
    const problem = activityCardProblem(body);
    if (problem) {
      records.push({
        kind: 'refused',
        conversationId: conversationId ?? '',
        activityId: activityId ?? '',
        body,
        reason: problem,
      });
      changed();
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'BadArgument', message: problem } }));
      return;
    }
    let rec: Recorded;
    if (!conversationId && req.method === 'POST') {
      rec = { kind: 'create', conversationId: `a:created-${++n}`, activityId: '', body };
    } else if (req.method === 'PUT') {
      rec = { kind: 'update', conversationId: conversationId!, activityId: activityId!, body };
    } else if (activityId) {
      rec = {
        kind: 'reply',
        conversationId: conversationId!,
        activityId: `act-${++n}`,
        replyToId: activityId,
        body,
      };
    } else {
      rec = { kind: 'send', conversationId: conversationId!, activityId: `act-${++n}`, body };
    }
    records.push(rec);
    changed();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        rec.kind === 'create'
          ? { id: rec.conversationId, activityId: `act-${++n}` }
          : { id: rec.activityId },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    records,
    sentTo: (id) =>
      records.filter((r) => (r.kind === 'reply' || r.kind === 'send') && r.conversationId === id),
    updatesOf: (id) => records.filter((r) => r.kind === 'update' && r.activityId === id),
    refuse: (id, status) => refused.set(id, status),
    hold(id) {
      holding.set(id, []);
      return () => {
        const queue = holding.get(id) ?? [];
        holding.delete(id);
        queue.forEach((release) => release());
      };
    },
    get held() {
      return [...holding.values()].reduce((n, q) => n + q.length, 0);
    },
    invokes,
    async invoke(botUrl, activity) {
      const start = process.hrtime.bigint();
      const res = await post(botUrl, activity);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      invokes.push({ verb: String(activity?.value?.action?.verb ?? ''), status: res.status, ms });
      const card =
        res.body?.type === 'application/vnd.microsoft.card.adaptive' ? res.body.value : null;
      const problem = card ? refreshProblem(card) : null;
      if (problem) throw new Error(`Teams would not accept the invoke response card: ${problem}`);
      return { ...res, ms };
    },
    until(what, ready, waitMs = 10_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!ready(records)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the connector never received ${what}`));
        }, waitMs);
        waiters.add(check);
        check();
      });
    },
    clear: () => {
      records.splice(0, records.length);
      refused.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
