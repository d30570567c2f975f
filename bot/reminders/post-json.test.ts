// The nudges' HTTP client against a real server on loopback: what the connector sender relies on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostJson } from './post-json.js';

let server: Server;
let base = '';
const seen: { path: string; body: string; auth: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', body, auth: req.headers.authorization });
      if (req.url === '/moved') {
        res.writeHead(307, { location: `${base}/elsewhere` }).end();
      } else if (req.url === '/busy') {
        res.writeHead(429, { 'retry-after': '7' }).end('{"error":{"message":"slow down"}}');
      } else if (req.url === '/html') {
        res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
      } else {
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"a1"}');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('postJson', () => {
  const post = createPostJson();

  it('sends the body as JSON with its headers and reads the JSON answer', async () => {
    const answer = await post(
      `${base}/v3/conversations/c1/activities`,
      { text: 'héllo' },
      {
        authorization: 'Bearer t',
      },
    );
    expect(answer).toEqual({ status: 201, json: { id: 'a1' }, retryAfter: null });
    const last = seen.at(-1)!;
    expect(last.path).toBe('/v3/conversations/c1/activities');
    expect(JSON.parse(last.body)).toEqual({ text: 'héllo' });
    expect(last.auth).toBe('Bearer t');
  });

  it('answers a redirect with its status and never follows it (the token stays where it was sent)', async () => {
    const before = seen.length;
    const answer = await post(`${base}/moved`, {}, {});
    expect(answer.status).toBe(307);
    expect(seen.slice(before).map((s) => s.path)).toEqual(['/moved']);
  });

  it('hands back Retry-After, and null for a body that is not JSON', async () => {
    expect(await post(`${base}/busy`, {}, {})).toMatchObject({ status: 429, retryAfter: '7' });
    expect(await post(`${base}/html`, {}, {})).toEqual({
      status: 502,
      json: null,
      retryAfter: null,
    });
  });

  it('rejects when nothing answers, so the send counts as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(post(`http://127.0.0.1:${port}/x`, {}, {})).rejects.toThrow();
  });

  it('refuses an address that is not http or https', async () => {
    await expect(post('ftp://127.0.0.1/x', {}, {})).rejects.toThrow(/not an http\(s\) address/);
  });
});
