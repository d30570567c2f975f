// botbuilder with no app id accepts anything: that must only ever happen in local mode. In tenant
// mode (an app id configured) an activity without a valid Bot Framework token is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config/config.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser } from './support/teams.js';

let tenant: TestServer;
let local: TestServer;
let connector: Connector;
const user = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);

beforeAll(async () => {
  [tenant, local, connector] = await Promise.all([
    startTestServer({
      mode: 'tenant',
      botAppId: '5f0c7a52-3b41-4c7e-9d1a-2f6b8e4d9c10',
      botAppPassword: 'not-a-real-secret',
      botTenantId: '00000000-0000-4000-a000-00000000beef',
      tenantId: '00000000-0000-4000-a000-00000000beef',
      entraAppId: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      publicHost: 'goldenthread.example-council.gov.uk',
    }),
    startTestServer(),
    startConnector(),
  ]);
});

afterAll(async () => {
  await Promise.all([tenant?.stop(), local?.stop(), connector?.close()]);
});

describe('Bot Framework authentication', () => {
  it('refuses an unauthenticated activity in tenant mode, recording and sending nothing', async () => {
    const res = await post(tenant.url, activities.message(user, connector.url, 'my returns'));
    expect(res.status).toBe(401);
    const forged = await post(tenant.url, activities.message(user, connector.url, 'my returns'), {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.',
    });
    expect(forged.status).toBe(401);
    expect(connector.records).toHaveLength(0);
    expect(await tenant.deps.store.query('conversations', {})).toHaveLength(0);
  });

  it('accepts the same activity in local mode (anonymous, for the Playground and Emulator)', async () => {
    const res = await post(local.url, activities.message(user, connector.url, 'my returns'));
    expect(res.status).toBe(200);
    expect(connector.records).toHaveLength(1);
  });

  it('refuses to start in tenant mode without the bot’s app id', () => {
    const tenant = {
      mode: 'tenant' as const,
      publicHost: 'goldenthread.example-council.gov.uk',
      entraAppId: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      tenantId: '00000000-0000-4000-a000-00000000beef',
    };
    expect(() => loadConfig(tenant, {})).toThrowError(ConfigError);
    expect(() => loadConfig(tenant, {})).toThrowError(/MICROSOFT_APP_ID/);
    expect(loadConfig(tenant, { MICROSOFT_APP_ID: 'abc' }).botAppId).toBe('abc');
    expect(() =>
      loadConfig({ ...tenant, botLocalUser: 'x' }, { MICROSOFT_APP_ID: 'abc' }),
    ).toThrowError(/GT_BOT_LOCAL_USER/);
  });
});
