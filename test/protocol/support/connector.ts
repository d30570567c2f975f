// A local stand-in for the Bot Framework connector (the activity's serviceUrl): it records what the
// bot sends — replies, proactive messages, card updates, new conversations — as Teams would get them.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  /** `refused`: a request answered with an injected error status (see `refuse`). */
  kind: 'reply' | 'send' | 'update' | 'create' | 'refused';
  conversationId: string;
  activityId: string;
  replyToId?: string;
  body: any;
}

export interface Connector {
  url: string;
  records: Recorded[];
  /** Sent (replies and proactive sends) to one conversation, oldest first. */
  sentTo(conversationId: string): Recorded[];
  updatesOf(activityId: string): Recorded[];
  /** Answer every request for this conversation with `status` (e.g. 403: the app was removed). */
  refuse(conversationId: string, status: number): void;
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
  const refused = new Map<string, number>();
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
    const refusal = conversationId ? refused.get(conversationId) : undefined;
    if (refusal) {
      records.push({ kind: 'refused', conversationId: conversationId!, activityId: '', body });
      res.writeHead(refusal, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'Forbidden', message: 'The bot is not installed' } }),
      );
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
