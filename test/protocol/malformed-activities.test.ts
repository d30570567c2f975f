// #15 D1/D2: what arrives at /api/messages unbidden. 10,000 generated malformed requests, half in
// local mode (anonymous bot), half in tenant mode (Bot Framework tokens required): none may get a
// 5xx, none may write an error line, each refusal is a short JSON body with no internal text and
// exactly one info line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { loadConfig, type ConfigOptions } from '../../src/platform/config/config.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { startServer, type RunningServer } from '../../src/compose/start-server.js';
import { TEST_NOW } from '../support/test-clock.js';
import { startConnector, type Connector } from './support/connector.js';
import { malformedProbes, type Probe } from './support/malformed.js';

const APP_ID = '5f0c7a52-3b41-4c7e-9d1a-2f6b8e4d9c10';
const TENANT_OPTIONS: ConfigOptions = {
  mode: 'tenant',
  botAppId: APP_ID,
  botAppPassword: 'not-a-real-secret',
  botTenantId: '00000000-0000-4000-a000-00000000beef',
  tenantId: '00000000-0000-4000-a000-00000000beef',
  entraAppId: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  publicHost: 'goldenthread.example-council.gov.uk',
};
/** Per mode; the seeded variety repeats its kinds many times over well before this. */
const COUNT = 10_000;
const CONCURRENCY = 8;
/** Words from botbuilder's, Node's and our own failures that must never reach a caller. */
const INTERNAL =
  /\bat \S+ \(|TypeError|ENOTFOUND|getaddrinfo|botframework|toLowerCase|validateAndFixActivity|req\.body|stack/i;

interface Captured {
  server: RunningServer;
  lines: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** The real server with its logger's lines kept, at info, as production logs. */
async function start(options: ConfigOptions): Promise<Captured> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-malformed-'));
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', {
    write: (line: string) => void lines.push(JSON.parse(line)),
  });
  const config = loadConfig(
    { port: 0, host: '127.0.0.1', dataFile: path.join(dir, 'gt.db'), logLevel: 'info', ...options },
    {},
  );
  const server = await startServer({ config, logger, clock: { now: () => TEST_NOW } });
  return {
    server,
    lines,
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Outcome {
  probe: Probe;
  status: number;
  text: string;
}

async function sendAll(url: string, probes: Probe[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]!;
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: probe.headers,
        body: probe.body,
      });
      outcomes.push({ probe, status: res.status, text: await res.text() });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

let connector: Connector;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector?.close();
});

describe.each([
  { mode: 'local', options: {} },
  { mode: 'tenant', options: TENANT_OPTIONS },
])('$mode mode: 5,000 malformed requests to /api/messages', ({ mode, options }) => {
  let captured: Captured;
  let outcomes: Outcome[];
  let before: number;

  beforeAll(async () => {
    captured = await start(options);
    before = captured.lines.length;
    const probes = malformedProbes({
      count: COUNT,
      seed: mode === 'local' ? 1501 : 1502,
      serviceUrl: connector.url,
      appId: mode === 'tenant' ? APP_ID : '',
      personId: DEMO_PEOPLE_IDS.collectionOfficer,
    });
    outcomes = await sendAll(captured.server.url, probes);
  }, 120_000);
  afterAll(async () => {
    await captured?.stop();
  });

  it('answers every one, none with a 5xx', () => {
    expect(outcomes).toHaveLength(COUNT);
    const failed = outcomes.filter((o) => o.status >= 500);
    expect(failed.map((o) => `${o.status} ${o.probe.kind}: ${o.probe.body.slice(0, 120)}`)).toEqual(
      [],
    );
  });

  it('writes no error line, and no line with a stack', () => {
    const lines = captured.lines.slice(before);
    expect(lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual([]);
    expect(lines.filter((l) => JSON.stringify(l).includes('"stack"'))).toEqual([]);
  });

  it('refuses with a short JSON error and no internal text, one info line each', () => {
    const refused = outcomes.filter((o) => o.status >= 400);
    // Nearly all are refused; in local mode a card action with an object of junk data is a
    // well-formed activity and gets the bot's answer instead.
    expect(refused.length).toBeGreaterThan(COUNT * 0.9);
    for (const { status, text, probe } of refused) {
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(body).sort(), probe.kind).toEqual(['error', 'message']);
      expect(typeof body.error).toBe('string');
      expect(String(body.message).length).toBeLessThan(200);
      expect(String(body.message), probe.kind).not.toMatch(INTERNAL);
      expect([400, 401, 413, 415], probe.kind).toContain(status);
    }
    const lines = captured.lines.slice(before).filter((l) => l.msg === 'bot activity refused');
    expect(lines).toHaveLength(refused.length);
    expect(lines.every((l) => l.level === 30)).toBe(true);
    if (mode === 'tenant') {
      // Without a valid token nothing gets through to the bot in a tenant.
      expect(outcomes.filter((o) => o.status < 400)).toEqual([]);
    }
  });
});
