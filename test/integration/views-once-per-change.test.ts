// Views computed once per change (issue 21), over real HTTP on the demo council, on both stores:
// the dashboard, the plan and a person's work are served again while nothing they read has
// changed (the same ETag, 304 to If-None-Match, no second computation, one computation for a
// burst of requests), and a change made by one person is in the very next request of anyone
// else. On SharePoint the store has a freshness window, as in a tenant: this server's own writes
// must still show at once.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../src/demo/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import type { Store } from '../../src/domain/ports/store.js';
import { startGraphEmulator, type GraphEmulator } from '../graph-emulator/index.js';
import { emulatedStore } from '../graph-emulator/emulated-site.js';
import { returnIn } from '../support/demo-at.js';
import { TEST_NOW } from '../support/test-clock.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const DAY = TEST_NOW.toISOString().slice(0, 10);

async function get(server: TestServer, person: string, url: string, etag?: string) {
  const headers: Record<string, string> = { 'x-gt-user': person };
  if (etag) headers['if-none-match'] = etag;
  const res = await fetch(server.url + url, { headers });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    encoding: res.headers.get('content-encoding'),
    body: text ? JSON.parse(text) : null,
  };
}

/** A GET with no Accept-Encoding (fetch always sends one): the raw bytes. */
function plainGet(server: TestServer, person: string, url: string) {
  return new Promise<{ encoding: string | undefined; text: string }>((resolve, reject) => {
    http
      .get(server.url + url, { headers: { 'x-gt-user': person } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            encoding: res.headers['content-encoding'],
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      })
      .on('error', reject);
  });
}

async function post(server: TestServer, person: string, url: string, body: unknown) {
  const res = await fetch(server.url + url, {
    method: 'POST',
    headers: { 'x-gt-user': person, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const stores: [string, () => Promise<{ store: Store; close: () => Promise<void> }>][] = [
  [
    'SQLite',
    async () => {
      const store = openSqliteStore({ file: ':memory:', clock: () => TEST_NOW });
      await seedDemoCouncil(store, { today: DAY });
      return { store, close: async () => undefined };
    },
  ],
  [
    'SharePoint (emulator, 60 s freshness window)',
    async () => {
      const emulator: GraphEmulator = await startGraphEmulator();
      const { store } = await emulatedStore(emulator, {
        clock: () => TEST_NOW,
        freshnessMs: 60_000,
      });
      await seedDemoCouncil(store, { today: DAY });
      return { store, close: () => emulator.close() };
    },
  ],
];

describe.each(stores)('views once per change on %s', (_name, open) => {
  let server: TestServer;
  let close: () => Promise<void>;
  let leader: string;

  beforeAll(async () => {
    const opened = await open();
    close = opened.close;
    server = await startTestServer({ seedDemo: false }, TEST_NOW, opened.store);
    const people = await server.deps.store.query('people');
    leader = people.find((p) => p.fields.roles.includes('leadership'))!.id;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await close?.();
  });

  it("serves an unchanged dashboard again, and shows an authorisation in anyone's next request", async () => {
    // A checked figure its Authorising Officer may authorise, found in the data.
    const found = await returnIn(
      server.deps,
      'checked',
      (view) => view.allowed.includes('authorise'),
      (indicator) => indicator.authoriserId,
    );
    const period = encodeURIComponent(found.view.periodKey);
    const url = `/api/dashboard?period=${period}`;
    const row = (body: { indicators: { indicatorId: string; authorised: boolean }[] }) =>
      body.indicators.find((r) => r.indicatorId === found.indicator.id)!;

    const first = await get(server, leader, url);
    expect(first.status).toBe(200);
    expect(row(first.body).authorised).toBe(false);
    const computed = server.deps.views!.stats().computed;

    // Gzipped for a client that accepts it (every browser), plain for one that does not.
    expect(first.encoding).toBe('gzip');
    const plain = await plainGet(server, leader, url);
    expect(plain.encoding).toBeUndefined();
    expect(JSON.parse(plain.text)).toEqual(first.body);

    const again = await get(server, leader, url);
    expect(again.etag).toBe(first.etag);
    expect(again.body).toEqual(first.body);
    expect(server.deps.views!.stats().computed).toBe(computed);
    expect((await get(server, leader, url, first.etag!)).status).toBe(304);

    const authorised = await post(
      server,
      found.indicator.authoriserId,
      `/api/returns/${found.returnId}/authorise`,
      {
        version: found.version,
      },
    );
    expect(authorised.status, JSON.stringify(authorised.body)).toBe(200);

    // The leader's very next request: a new ETag, the figure counted as authorised.
    const after = await get(server, leader, url, first.etag!);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);
    expect(row(after.body).authorised).toBe(true);
    // And the Authorising Officer's own work no longer lists it to authorise.
    const mine = await get(server, found.indicator.authoriserId, '/api/returns/mine');
    expect(JSON.stringify(mine.body)).not.toContain(found.returnId);
  });

  it('computes the plan once for a burst of requests, and once more after a change to it', async () => {
    // A fresh change first, so the burst finds nothing kept.
    const [objective] = await server.deps.store.query('objectives');
    await server.deps.store.update(
      'objectives',
      objective!.id,
      objective!.version,
      { title: `${objective!.fields.title} (renamed)` },
      { actorId: 'system', channel: 'import' },
    );
    const before = server.deps.views!.stats().computed;
    const burst = await Promise.all(
      Array.from({ length: 20 }, () => get(server, leader, '/api/plan')),
    );
    expect(new Set(burst.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(burst.map((r) => r.etag)).size).toBe(1);
    expect(JSON.stringify(burst[0]!.body)).toContain('(renamed)');
    expect(server.deps.views!.stats().computed).toBe(before + 1);
  });
});
