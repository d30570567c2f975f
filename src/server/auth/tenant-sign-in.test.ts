// Tenant-mode sign-in through the real server: Entra access tokens signed by locally generated keys,
// served as a JWKS on a loopback port. Each way a token can be wrong is refused with 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../demo/index.js';
import { FIXED_NOW, startTestServer, type TestServer } from '../../../test/support/test-server.js';
import {
  FAKE_CLIENT,
  FAKE_HOST,
  FAKE_TENANT,
  startFakeEntra,
  tenantServerOptions,
  type FakeEntra,
} from '../../../test/browser/support/fake-entra.js';

const ADMIN_GROUP = '11111111-2222-4333-8444-555555555555';
let entra: FakeEntra;
let server: TestServer;

beforeAll(async () => {
  entra = await startFakeEntra();
  server = await startTestServer(
    tenantServerOptions(entra, { entraGroupRoles: `${ADMIN_GROUP}=admin` }),
  );
});

afterAll(async () => {
  await server?.stop();
  await entra?.close();
});

async function me(headers: Record<string, string>) {
  const res = await fetch(`${server.url}/api/me`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('tenant sign-in with Entra ID access tokens', () => {
  it('accepts a valid v2 token and maps its oid to the person in the store', async () => {
    const token = await entra.token({ oid: DEMO_PEOPLE_IDS.collectionOfficer }, FIXED_NOW);
    const res = await me(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(DEMO_PEOPLE_IDS.collectionOfficer);
    expect(res.body.roles).toEqual(['officer']);
  });

  it('accepts the v1 form: sts.windows.net issuer and the api:// audience', async () => {
    const token = await entra.token(
      {
        oid: DEMO_PEOPLE_IDS.leadership,
        issuer: `https://sts.windows.net/${FAKE_TENANT}/`,
        audience: `api://${FAKE_HOST}/${FAKE_CLIENT}`,
      },
      FIXED_NOW,
    );
    expect((await me(bearer(token))).status).toBe(200);
  });

  it('adds roles mapped from Entra groups to the stored ones', async () => {
    const token = await entra.token(
      { oid: DEMO_PEOPLE_IDS.collectionOfficer, groups: [ADMIN_GROUP, 'unmapped-group'] },
      FIXED_NOW,
    );
    const res = await me(bearer(token));
    expect(res.body.roles).toEqual(['officer', 'admin']);
  });

  const refusals: [string, Parameters<FakeEntra['token']>[0], RegExp][] = [
    ['wrong audience', { oid: DEMO_PEOPLE_IDS.admin, audience: 'api://other/app' }, /audience/],
    [
      'wrong issuer',
      { oid: DEMO_PEOPLE_IDS.admin, issuer: 'https://login.microsoftonline.com/common/v2.0' },
      /issuer/,
    ],
    [
      'another tenant',
      { oid: DEMO_PEOPLE_IDS.admin, tid: '99999999-9999-4999-8999-999999999999' },
      /another tenant/,
    ],
    ['expired', { oid: DEMO_PEOPLE_IDS.admin, expiresIn: -120 }, /expired/],
    ['bad signature', { oid: DEMO_PEOPLE_IDS.admin, forged: true }, /signature/],
    ['no access_as_user scope', { oid: DEMO_PEOPLE_IDS.admin, scp: 'User.Read' }, /scope/],
  ];
  for (const [what, options, message] of refusals) {
    it(`refuses a token with ${what} (401)`, async () => {
      const res = await me(bearer(await entra.token(options, FIXED_NOW)));
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(message);
    });
  }

  it('refuses a token for someone not in the store with 403', async () => {
    const token = await entra.token({ oid: 'aaaaaaaa-0000-4000-8000-000000000000' }, FIXED_NOW);
    expect((await me(bearer(token))).status).toBe(403);
  });

  it('refuses the development header and cookie, and has no dev sign-in routes', async () => {
    expect((await me({ 'x-gt-user': DEMO_PEOPLE_IDS.admin })).status).toBe(401);
    expect((await me({ cookie: `gt_user=${DEMO_PEOPLE_IDS.admin}` })).status).toBe(401);
    const signIn = await fetch(`${server.url}/api/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ person: DEMO_PEOPLE_IDS.admin }),
    });
    expect(signIn.status).toBe(404);
  });

  it('tells the tab which scope to ask for', async () => {
    const res = await fetch(`${server.url}/api/auth/config`);
    expect(await res.json()).toEqual({
      mode: 'tenant',
      clientId: FAKE_CLIENT,
      tenantId: FAKE_TENANT,
      scope: `api://${FAKE_HOST}/${FAKE_CLIENT}/access_as_user`,
    });
  });
});
