// The real server on a free port, over a fresh temporary database seeded with the demo council for
// the suite's day (TEST_NOW), its clock running on from there so audit times stay in order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MeetingRoles } from '../../../src/app/meeting-stage/index.js';
import { loadConfig, type ConfigOptions } from '../../../src/platform/config/config.js';
import { createLogger } from '../../../src/platform/logging/logger.js';
import { startServer, type RunningServer } from '../../../src/compose/start-server.js';
import { suiteClock } from '../../support/test-clock.js';

export interface TestServer extends RunningServer {
  /** GET an API path as a given person (the dev identity header), for test set-up only. */
  apiAs<T>(personId: string, apiPath: string): Promise<T>;
}

export async function startTestServer(
  options: ConfigOptions = {},
  /** Teams meeting roles (a Get participant stand-in), for the stage's who-may-present check. */
  meetingRoles?: MeetingRoles,
): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-browser-'));
  const server = await startServer({
    config: loadConfig(
      {
        port: 0,
        dataFile: path.join(dir, 'gt.db'),
        tabDir: 'dist/tab',
        logLevel: 'silent',
        ...options,
      },
      {},
    ),
    logger: createLogger('silent'),
    clock: suiteClock,
    meetingRoles,
  });
  return {
    ...server,
    async apiAs<T>(personId: string, apiPath: string) {
      const res = await fetch(server.url + apiPath, { headers: { 'x-gt-user': personId } });
      if (!res.ok) throw new Error(`${apiPath} answered ${res.status}`);
      return (await res.json()) as T;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
