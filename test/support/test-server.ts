// Starts the real server on a free loopback port with a fresh SQLite database seeded with the demo
// council, at a fixed moment (TEST_NOW) so the demo's "current year to date" is the same on every
// run, whatever the day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type ConfigOptions } from '../../src/platform/config/config.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { startServer, type RunningServer } from '../../src/compose/start-server.js';
import type { Store } from '../../src/domain/ports/store.js';

import { TEST_NOW } from './test-clock.js';

export const FIXED_NOW = TEST_NOW;

export interface TestServer extends RunningServer {
  dir: string;
  stop(): Promise<void>;
}

export async function startTestServer(
  options: ConfigOptions = {},
  now: Date = FIXED_NOW,
  /** A store already open (the SharePoint store on the emulator); else SQLite in a temp file. */
  store?: Store,
): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-test-'));
  // GT_TEST_LOG=warn (or debug) shows the server's own log lines while a test runs.
  const logLevel = (process.env.GT_TEST_LOG ?? 'silent') as 'silent';
  const config = loadConfig(
    {
      port: 0,
      host: '127.0.0.1',
      dataFile: path.join(dir, 'gt.db'),
      logLevel,
      ...options,
    },
    {},
  );
  const running = await startServer({
    config,
    logger: createLogger(logLevel),
    clock: { now: () => now },
    store,
  });
  return {
    ...running,
    dir,
    async stop() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small JSON client that acts as one person (the local development identity header). */
export function apiAs(baseUrl: string, personId: string | null) {
  const call = async (method: string, url: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (personId) headers['x-gt-user'] = personId;
    const res = await fetch(baseUrl + url, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, body: json };
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, body?: unknown) => call('POST', url, body),
    put: (url: string, body?: unknown) => call('PUT', url, body),
    patch: (url: string, body?: unknown) => call('PATCH', url, body),
  };
}
