// The dashboard as a Leadership Team member asks for it over real HTTP, from a test server of the
// demo council started before the test file's tests and stopped after them. Leadership sees every
// directorate, so a check over every row covers the whole council.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Dashboard } from '../../src/app/dashboard/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

export interface LeaderDashboard {
  /** The running server, to read the store behind the dashboard. */
  server(): TestServer;
  /** `GET /api/dashboard<query>` as the leader; fails the test unless it answers 200. */
  dashboard(query?: string): Promise<Dashboard>;
}

/** Call at the top of a test file: it registers the file's beforeAll and afterAll. */
export function leaderDashboardForFile(): LeaderDashboard {
  let running: TestServer | undefined;
  let leader = '';
  beforeAll(async () => {
    running = await startTestServer();
    const people = await running.deps.store.query('people');
    leader = people.find((p) => p.fields.roles.includes('leadership'))!.id;
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
  });
  const server = (): TestServer => {
    if (!running) throw new Error('the test server is not running: ask inside a test');
    return running;
  };
  return {
    server,
    async dashboard(query = '') {
      const res = await apiAs(server().url, leader).get(`/api/dashboard${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as Dashboard;
    },
  };
}
