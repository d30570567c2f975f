// GET /api/today: the tab dates its pickers from the server's clock, so the answer must be the
// London day of that clock — including just after midnight in summer time, when UTC is still on
// the day before, and across the turn of the financial year.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../../demo/index.js';
import { apiAs, startTestServer, type TestServer } from '../../../../test/support/test-server.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function todayAt(instant: string) {
  server = await startTestServer({}, new Date(instant));
  return apiAs(server.url, DEMO_PEOPLE_IDS.collectionOfficer).get('/api/today');
}

describe('GET /api/today', () => {
  it("answers the London day and financial year of the server's clock", async () => {
    const res = await todayAt('2026-03-31T23:30:00Z');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ today: '2026-04-01', financialYear: '2026/27' });
  });

  it('keeps the old financial year until midnight London time', async () => {
    // 22:59 UTC is 23:59 BST: summer time has begun by 31 March every year.
    const res = await todayAt('2027-03-31T22:59:00Z');
    expect(res.body).toEqual({ today: '2027-03-31', financialYear: '2026/27' });
  });

  it('needs someone signed in', async () => {
    server = await startTestServer();
    expect((await apiAs(server.url, null).get('/api/today')).status).toBe(401);
  });
});
