// The tenant smoke kit end to end against the Graph emulator: the real Graph SDK client and PnPjs,
// the real configuration parsing, the CLI's own command. A run with every permission, and runs
// where one is missing: the report names it and says why it matters; nothing is installed and the
// scratch list is gone afterwards.
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import {
  addCatalogApp,
  addUsers,
  startGraphEmulator,
  teamsStateOf,
  type GraphEmulator,
} from '../../../test/graph-emulator/index.js';
import type { SiteRecord } from '../../../test/graph-emulator/model.js';
import { TEST_NOW } from '../../../test/support/test-clock.js';
import { runCli } from '../run-cli.js';
import { SmokeFailedError, smokeCommand } from './smoke.js';

const REGISTRATION = 'e1e1e1e1-1111-4222-8333-444455556666';
const MANIFEST = 'c0ffee00-1111-4222-8333-444455556666';
const SITE_URL = 'https://contoso.sharepoint.com/sites/smoke';
let emu: GraphEmulator;
let site: SiteRecord;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  emu = await startGraphEmulator();
  site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/smoke' });
  addCatalogApp(emu.state, { externalId: MANIFEST, azureADAppId: REGISTRATION });
  addUsers(emu.state, 'a1a1a1a1-1111-4222-8333-444455556666');
  emu.grantSite(site.id, REGISTRATION, 'manage');
  env = {
    GRAPH_BASE_URL: emu.baseUrl,
    GRAPH_STATIC_TOKEN: emu.token,
    GT_APP_ID: REGISTRATION,
    GT_TEAMS_APP_ID: MANIFEST,
    GT_INSTALL_STATIC_TOKEN: emu.issueToken({
      appId: REGISTRATION,
      roles: ['AppCatalog.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All'],
    }),
    GT_SP_REST_STATIC_TOKEN: emu.issueToken({
      appId: REGISTRATION,
      roles: [],
      sharePointRoles: ['Sites.Selected'],
      credential: 'certificate',
    }),
  };
});
afterAll(() => emu.close());
afterEach(() => {
  vi.unstubAllEnvs();
  // Whatever a run did, it leaves no scratch list and installs nothing.
  expect([...site.lists.values()].map((l) => l.displayName)).toEqual([]);
  expect(teamsStateOf(emu.state).installations.size).toBe(0);
});

const run = async (over: NodeJS.ProcessEnv = {}) => {
  let out = '';
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (out += t) };
  let failed: unknown = null;
  await smokeCommand({ site: SITE_URL }, io, { ...env, ...over }, () => TEST_NOW).catch(
    (e: unknown) => (failed = e),
  );
  return { out, failed };
};

it('reports every permission present, the ETag formats and delta expansion, and cleans up', async () => {
  const { out, failed } = await run();
  expect(failed).toBeNull();
  expect(out).toContain(`Golden Thread smoke test for ${SITE_URL}`);
  expect(out).toMatch(
    /OK {6}server identity: Graph app roles: Sites\.Selected, AppCatalog\.Read\.All/,
  );
  expect(out).toMatch(/OK {6}app catalogue read \(AppCatalog\.Read\.All\): Golden Thread is in/);
  expect(out).toMatch(/OK {6}install credential: TeamsAppInstallation\.ReadWriteSelfForUser\.All/);
  expect(out).toMatch(
    /OK {6}site access \(Graph\): https:\/\/contoso\.sharepoint\.com\/sites\/smoke/,
  );
  expect(out).toMatch(/OK {6}SharePoint REST \(list views\): 1 views read/);
  expect(out).toMatch(/OK {6}create a scratch list: GT Smoke \d+/);
  expect(out).toMatch(/ETag formats seen\n {2}OK {6}POST items: eTag: \S+/);
  expect(out).toMatch(/OK {6}nextLink keeps \$expand=fields: \d+ pages; 0 items/);
  expect(out).toMatch(/OK {6}deltaLink keeps \$expand=fields: 1 changes; 0 without fields/);
  expect(out).toMatch(/OK {6}delta eTag and PATCH @odata\.etag read as one version by the store/);
  expect(out).toMatch(/OK {6}remove the scratch list/);
  expect(out).not.toContain('MISSING');
  expect(out).toContain('Nothing was installed.');
  // Formats, never values: no item GUID reaches the report.
  expect(out).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\},/i);
});

it('says which permission is missing and why it matters', async () => {
  const { out, failed } = await run({
    // The install credential is the managed identity's token: the wrong identity for installs.
    GT_INSTALL_STATIC_TOKEN: emu.token,
    // SharePoint REST through a client secret, which SharePoint refuses for app-only.
    GT_SP_REST_STATIC_TOKEN: emu.issueToken({
      appId: REGISTRATION,
      roles: [],
      sharePointRoles: ['Sites.Selected'],
      credential: 'secret',
    }),
  });
  expect(failed).toBeInstanceOf(SmokeFailedError);
  expect(out).toMatch(
    /MISSING install credential: TeamsAppInstallation\.ReadWriteSelfForUser\.All \(nothing installed\): app is NOT the webApplicationInfo registration/,
  );
  expect(out).toMatch(
    /why it matters: Graph installs the app, and lists its installation, only for the registration itself/,
  );
  expect(out).toMatch(
    /MISSING SharePoint REST \(list views\): 401: [\s\S]*Unsupported app only token/,
  );
  expect(out).toMatch(/why it matters: SharePoint REST needs a certificate/);
  expect(out).toMatch(/OK {6}remove the scratch list/);
});

it('stops at the site when Sites.Selected has no grant there, through the CLI (exit code 1)', async () => {
  const stranger = emu.issueToken({ roles: ['Sites.Selected'], credential: 'managed-identity' });
  for (const [k, v] of Object.entries({ ...env, GRAPH_STATIC_TOKEN: stranger })) vi.stubEnv(k, v!);
  vi.stubEnv('GT_SP_REST_STATIC_TOKEN', '');
  let out = '';
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (out += t) };
  expect(await runCli(['node', 'golden-thread', 'smoke', '--site', SITE_URL], io)).toBe(1);
  expect(out).toMatch(/MISSING site access \(Graph\): 403: [\s\S]*site has not granted this app/);
  expect(out).toMatch(/why it matters: Sites\.Selected gives nothing until the site grants/);
  expect(out).toMatch(/MISSING app catalogue read/);
  expect(out).toContain('Error: the smoke test found problems (above)');
  expect(out).not.toContain('create a scratch list');
});
