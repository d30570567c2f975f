// One JSON POST on Node's own HTTP client, with connections kept alive. The nudge cycle makes
// thousands of these in a few minutes, and fetch (undici) allocated roughly a quarter of the
// cycle's memory in the benchmark (its streams, header lists and response bodies per request):
// node:http with a keep-alive agent does the same request for much less. A redirect is answered
// as its status, never followed (see connector-sender.ts).
import { request as httpRequest, Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';

export interface JsonAnswer {
  status: number;
  /** The body parsed as JSON, or null when empty or not JSON. */
  json: any;
  retryAfter: string | null;
}

export type PostJson = (
  url: string,
  body: unknown,
  headers: Record<string, string>,
) => Promise<JsonAnswer>;

/** How long to wait for an answer before the send counts as a network failure. */
const TIMEOUT_MS = 30_000;

export function createPostJson(): PostJson {
  const agents = {
    'http:': new HttpAgent({ keepAlive: true }),
    'https:': new HttpsAgent({ keepAlive: true }),
  };
  return (url, body, headers) =>
    new Promise<JsonAnswer>((resolve, reject) => {
      const target = new URL(url);
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const agent = agents[target.protocol as keyof typeof agents];
      if (!agent) return reject(new Error(`not an http(s) address: ${target.protocol}`));
      const payload = Buffer.from(JSON.stringify(body));
      const req = send(
        target,
        {
          method: 'POST',
          agent,
          timeout: TIMEOUT_MS,
          headers: { ...headers, 'content-length': String(payload.length) },
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json: any = null;
            try {
              json = text ? JSON.parse(text) : null;
            } catch {
              json = null;
            }
            const retry = res.headers['retry-after'];
            resolve({
              status: res.statusCode ?? 0,
              json,
              retryAfter: typeof retry === 'string' ? retry : null,
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
}
