// Provisioning's list views through PnPjs against the emulator's SharePoint REST endpoints:
// created once with their columns, their filter column indexed, and a second run changes nothing.
// The views go through a certificate credential holding SharePoint's Sites.Selected and `manage`
// on the site, as SharePoint requires (the emulator refuses the managed identity's token there).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../../../../test/graph-emulator/index.js';
import { parseCaml } from '../../../../test/graph-emulator/caml.js';
import { staticTokenCredential } from '../graph/behaviours/auth.js';
import { emulatorGraph } from '../../../../test/graph-emulator/emulated-site.js';
import { LIST_VIEWS } from './list-views.js';
import { provisionSite } from './provision.js';
import { pnpViewsFactory, type ListViewsApi } from './provision-views.js';
import { restBaseFor } from './sharepoint-rest.js';

let emu: GraphEmulator;
beforeAll(async () => {
  emu = await startGraphEmulator();
});
const PROVISIONER = 'c4c4c4c4-1111-4222-8333-444455556666';
/** The views' credential for a site: certificate, SharePoint Sites.Selected, granted manage. */
const restCredential = (siteId: string) => {
  emu.grantSite(siteId, PROVISIONER, 'manage');
  return staticTokenCredential(
    emu.issueToken({
      appId: PROVISIONER,
      roles: [],
      sharePointRoles: ['Sites.Selected'],
      credential: 'certificate',
    }),
  );
};
afterAll(() => emu.close());

it('creates the views once, with their columns, and indexes what they filter on', async () => {
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/views' });
  const clients: ListViewsApi[] = [];
  const factory = pnpViewsFactory({
    graphBaseUrl: emu.baseUrl,
    credential: restCredential(site.id),
  });
  const views = (webUrl: string) => {
    expect(webUrl).toBe('https://contoso.sharepoint.com/sites/views');
    clients.push(factory(webUrl));
    return clients.at(-1)!;
  };
  const first = await provisionSite(emulatorGraph(emu), site.id, undefined, { views });
  const viewActions = first.actions.slice(first.actions.findIndex((a) => a.startsWith('indexed')));
  expect(viewActions).toEqual([
    'indexed set on GT Returns.GtCheckedAt (a view filters on it)',
    'indexed set on GT Key actions.GtStatus (a view filters on it)',
    'indexed set on GT Key actions.GtCorporateProject (a view filters on it)',
    'created view Overdue returns on GT Returns',
    'created view Awaiting authorisation on GT Returns',
    'created view Off target this quarter on GT Returns',
    'created view Key-action updates due on GT Key action updates',
    'created view Open key actions by due date on GT Key actions',
    'created view Corporate projects on GT Key actions',
    'created view Risks above tolerance on GT Risks',
    'created view Reviews overdue on GT Risks',
  ]);
  // One GET of the views per list, then per view: the POST, "remove all fields" and one POST
  // per column.
  const lists = new Set(LIST_VIEWS.map((v) => v.list)).size;
  const columns = LIST_VIEWS.reduce((n, v) => n + v.fields.length, 0);
  expect(clients[0]!.stats.requestCount).toBe(lists + LIST_VIEWS.length * 2 + columns);

  const listNamed = (name: string) => [...site.lists.values()].find((l) => l.displayName === name)!;
  const returns = listNamed('GT Returns');
  expect(returns.views.map((v) => v.title)).toEqual([
    'All Items',
    'Overdue returns',
    'Awaiting authorisation',
    'Off target this quarter',
  ]);
  expect(listNamed('GT Key actions').views.map((v) => v.title)).toEqual([
    'All Items',
    'Open key actions by due date',
    'Corporate projects',
  ]);
  const awaiting = returns.views.find((v) => v.title === 'Awaiting authorisation')!;
  expect(awaiting.fields).toEqual([
    'GtIndicatorId',
    'GtPeriodKey',
    'GtValue',
    'GtCheckedBy',
    'GtCheckedAt',
    'GtCommentary',
  ]);
  expect(awaiting.query).toContain('<Value Type="Choice">checked</Value>');
  const due = listNamed('GT Key action updates').views.find(
    (v) => v.title === 'Key-action updates due',
  )!;
  expect(due.fields).toEqual(['GtKeyActionId', 'GtPeriodKey', 'GtState']);
  expect(due.query).toContain('<Value Type="Choice">due</Value>');
  // Past 5,000 items a view shows only if an index serves its filter's leading column.
  for (const spec of LIST_VIEWS) {
    const list = listNamed(spec.list);
    const stored = list.views.find((v) => v.title === spec.title)!;
    const leading = parseCaml(stored.query).whereFields[0]!;
    expect(leading).toBe(spec.leading);
    expect(list.columns.get(leading)?.indexed).toBe(true);
  }

  const second = await provisionSite(emulatorGraph(emu), site.id, undefined, { views });
  expect(second.actions).toEqual([]);
  expect(clients[1]!.stats.requestCount).toBe(lists);
  expect(returns.views).toHaveLength(4);
});

it('reads the views back through PnPjs in the shape SharePoint returns', async () => {
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/readback' });
  await provisionSite(emulatorGraph(emu), site.id);
  const api = pnpViewsFactory({
    graphBaseUrl: emu.baseUrl,
    credential: restCredential(site.id),
  })('https://contoso.sharepoint.com/sites/readback');
  expect((await api.views('GT Returns')).map((v) => v.Title)).toEqual(['All Items']);
  await expect(api.views('GT Nothing')).rejects.toThrow(/List 'GT Nothing' does not exist/);
});

it('finds SharePoint REST at the site in a tenant and under /_sp/ on the emulator', () => {
  const web = 'https://contoso.sharepoint.com/sites/performance/';
  expect(restBaseFor(web, 'https://graph.microsoft.com/v1.0')).toBe(
    'https://contoso.sharepoint.com/sites/performance',
  );
  expect(restBaseFor(web, 'http://127.0.0.1:4100/v1.0')).toBe(
    'http://127.0.0.1:4100/_sp/contoso.sharepoint.com/sites/performance',
  );
});

it("refuses the managed identity's token on SharePoint REST, so provisioning cannot use it for views", async () => {
  const site = emu.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/mi' });
  const views = pnpViewsFactory({
    graphBaseUrl: emu.baseUrl,
    credential: staticTokenCredential(emu.token),
  });
  await expect(provisionSite(emulatorGraph(emu), site.id, undefined, { views })).rejects.toThrow(
    /401[\s\S]*Unsupported app only token/,
  );
});
