// The refusals at /api/messages one by one, in tenant mode, with the status, the field named and
// botbuilder kept off the console: the cases #15 D1/D2 found answered 500 with internal text.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { activities, post, teamsUser } from './support/teams.js';

const APP_ID = '5f0c7a52-3b41-4c7e-9d1a-2f6b8e4d9c10';
let tenant: TestServer;
const user = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

// Installed before the server is, so botbuilder's console calls would land here if not rerouted.
const consoleError = vi.spyOn(console, 'error');
const consoleWarn = vi.spyOn(console, 'warn');

beforeAll(async () => {
  tenant = await startTestServer({
    mode: 'tenant',
    botAppId: APP_ID,
    botAppPassword: 'not-a-real-secret',
    botTenantId: '00000000-0000-4000-a000-00000000beef',
    tenantId: '00000000-0000-4000-a000-00000000beef',
    entraAppId: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    publicHost: 'goldenthread.example-council.gov.uk',
  });
});
afterAll(async () => {
  await tenant?.stop();
});

describe('refusals at /api/messages', () => {
  it('answers an empty object 400 naming `type`, before any token is looked at', async () => {
    expect(await post(tenant.url, {})).toEqual({
      status: 400,
      body: { error: 'invalid-activity', message: expect.stringMatching(/^type: /) },
    });
    expect((await post(tenant.url, { type: null })).body.message).toMatch(/^type: /);
  });

  it('names the field of an activity that botbuilder would have failed on', async () => {
    const good = activities.message(user, 'http://127.0.0.1:9/', 'my returns');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, serviceUrl: { href: 'x' } }, 'serviceUrl'],
      [{ ...good, serviceUrl: 'not a url' }, 'serviceUrl'],
      [{ ...good, conversation: 'a:1' }, 'conversation'],
      [{ ...good, from: { name: 'no id' } }, 'from.id'],
      [{ ...good, channelId: 7 }, 'channelId'],
      [{ ...good, type: 'invoke', name: 'adaptiveCard/action', value: 'junk' }, 'value'],
    ];
    for (const [activity, field] of cases) {
      const res = await post(tenant.url, activity);
      expect(res.status, field).toBe(400);
      expect(res.body.message, field).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
    }
  });

  it('answers a missing, unsigned, expired or misaddressed token 401 without asking the network', async () => {
    const activity = activities.message(user, 'http://127.0.0.1:9/', 'my returns');
    const now = Math.floor(Date.now() / 1000);
    const head = b64({ alg: 'RS256', kid: 'k1' });
    const claims = { iss: 'https://api.botframework.com', aud: APP_ID, exp: now + 600 };
    const cases: [string | undefined, RegExp][] = [
      [undefined, /required/],
      [`Bearer ${b64({ alg: 'none' })}.${b64(claims)}.`, /not signed/],
      [`Bearer ${head}.${b64({ ...claims, exp: now - 3600 })}.c2ln`, /expired/],
      [`Bearer ${head}.${b64({ ...claims, aud: 'another-bot' })}.c2ln`, /not meant for this bot/],
    ];
    for (const [authorization, message] of cases) {
      const res = await post(tenant.url, activity, authorization ? { authorization } : {});
      expect(res).toEqual({
        status: 401,
        body: { error: 'unauthenticated', message: expect.stringMatching(message) },
      });
    }
  });

  it('answers a body that is not JSON, or not UTF-8, with a 4xx that says which', async () => {
    const send = (body: string, type: string) =>
      fetch(`${tenant.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
    const notJson = await send('{"type":', 'application/json');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      error: 'invalid-input',
      message: 'The request body is not valid JSON',
    });
    // body-parser reads any utf-* charset itself; others it refuses with 415.
    const latin = await send('{}', 'application/json; charset=iso-8859-2');
    expect(latin.status).toBe(415);
    expect((await latin.json()).message).toMatch(/UTF-8/);
    const text = await send('hello', 'text/plain');
    expect(text.status).toBe(400);
    expect((await text.json()).message).toMatch(/^body: /);
  });

  it('answers 401 when botbuilder itself cannot verify a token, and keeps it off the console', async () => {
    // Well formed, for this bot, unexpired: only botbuilder's signing-key check can refuse it, and
    // here (no network) fetching the keys fails, which botbuilder console.error's and answered 500.
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: 'https://api.botframework.com', aud: APP_ID, exp: now + 600 };
    const authorization = `Bearer ${b64({ alg: 'RS256', kid: 'k1' })}.${b64(claims)}.c2ln`;
    consoleError.mockClear();
    consoleWarn.mockClear();
    const activity = activities.message(user, 'http://127.0.0.1:9/', 'my returns');
    const res = await post(tenant.url, activity, { authorization });
    expect(res).toEqual({
      status: 401,
      body: { error: 'unauthenticated', message: 'The Bearer token was not accepted' },
    });
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
  });
});
