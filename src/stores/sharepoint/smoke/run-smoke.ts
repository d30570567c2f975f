// The tenant smoke test (`golden-thread smoke --site SITE`): against a developer tenant, with the
// credentials the server would use, it makes a scratch list, creates, patches and deletes items,
// reads the delta feed, and notes what the real service did where the emulator only follows the
// documentation: ETag formats per endpoint, whether delta links keep `$expand=fields`, and which
// permissions each identity holds. It installs nothing, and removes its scratch list even when a
// step fails. Graph calls: list-create, listitem-create, listitem-update (fields, If-Match),
// listitem-delta, listitem-delete, list-delete, appcatalogs-list-teamsapps.
import type { TokenCredential } from '@azure/identity';
import type { GraphApi } from '../graph/graph-api.js';
import type { ListViewsApi } from '../provision/provision-views.js';
import { normaliseEtag } from '../mapping/etag.js';
import { resolveSite } from '../store/site-lists.js';
import { etagFormat } from './etag-format.js';
import { claimsOf } from './token-claims.js';

export type Verdict = 'ok' | 'missing' | 'differs' | 'skipped';

export interface Finding {
  area: 'permissions' | 'writes' | 'etags' | 'delta' | 'clean-up';
  check: string;
  verdict: Verdict;
  detail: string;
  /** Why it matters to Golden Thread, for anything not ok. */
  why?: string;
}

export interface SmokeOptions {
  /** Graph with the server's store credential (the managed identity in a tenant). */
  graph: GraphApi;
  storeCredential: TokenCredential;
  site: string;
  /** The manifest id, for the catalogue look-up; none skips it. */
  manifestId?: string;
  /** The registration the manifest's webApplicationInfo names (GT_APP_ID). */
  registrationId?: string;
  /** The install credential (GT_INSTALL_*), if installs are configured: only its token is read. */
  installCredential?: TokenCredential;
  /** SharePoint REST for views, or why there is none (rest-settings.ts). */
  rest: ((webUrl: string) => ListViewsApi) | { why: string };
  now: () => Date;
}

export interface SmokeReport {
  site: string;
  findings: Finding[];
}

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const INSTALL_ROLES = [
  'TeamsAppInstallation.ReadWriteSelfForUser.All',
  'TeamsAppInstallation.ReadWriteForUser.All',
];
const statusOf = (e: unknown) => (e as { status?: number }).status ?? 0;
const reason = (e: unknown) =>
  `${statusOf(e) || 'no answer'}: ${(e instanceof Error ? e.message : String(e)).slice(0, 160)}`;

interface Item {
  id: string;
  eTag?: string;
  fields?: Record<string, unknown>;
}

async function tokenRoles(credential: TokenCredential, add: (f: Finding) => void, who: string) {
  const token = await credential.getToken(GRAPH_SCOPE).catch(() => null);
  const claims = token ? claimsOf(token.token) : null;
  if (!claims) {
    add({
      area: 'permissions',
      check: `${who}: token`,
      verdict: 'missing',
      detail: token ? 'the token is not a readable JWT' : 'no token could be obtained',
      why: `without a token for ${who} nothing it does can work`,
    });
  }
  return claims;
}

async function permissions(o: SmokeOptions, add: (f: Finding) => void): Promise<void> {
  const store = await tokenRoles(o.storeCredential, add, 'server identity');
  if (store) {
    add({
      area: 'permissions',
      check: 'server identity: Graph app roles',
      verdict: store.roles.some((r) => r.startsWith('Sites.')) ? 'ok' : 'missing',
      detail: store.roles.join(', ') || 'none',
      why: 'the SharePoint store needs Sites.Selected (and the site grant) to read and write lists',
    });
  }
  if (o.manifestId) {
    const filter = encodeURIComponent(`externalId eq '${o.manifestId.replace(/'/g, "''")}'`);
    try {
      const { value } = await o.graph.get<{ value: { id: string }[] }>(
        `/appCatalogs/teamsApps?$filter=${filter}`,
      );
      add({
        area: 'permissions',
        check: 'app catalogue read (AppCatalog.Read.All)',
        verdict: 'ok',
        detail:
          value.length > 0 ? 'Golden Thread is in the catalogue' : 'readable; the app is not there',
      });
    } catch (e) {
      add({
        area: 'permissions',
        check: 'app catalogue read (AppCatalog.Read.All)',
        verdict: 'missing',
        detail: reason(e),
        why: "deep links then name the manifest id, not the catalogue's, and may not open the app",
      });
    }
  }
  if (!o.installCredential) {
    add({
      area: 'permissions',
      check: 'install credential',
      verdict: 'skipped',
      detail: 'GT_INSTALL_* not set (GT_NUDGE_INSTALL_APP off)',
      why: 'people who never opened the app get reminders only through a Teams app setup policy',
    });
    return;
  }
  const install = await tokenRoles(o.installCredential, add, 'install credential');
  if (!install) return;
  const canInstall = install.roles.some((r) => INSTALL_ROLES.includes(r));
  const self = o.registrationId === undefined || install.appId === o.registrationId;
  add({
    area: 'permissions',
    check: 'install credential: TeamsAppInstallation.ReadWriteSelfForUser.All (nothing installed)',
    verdict: canInstall && self ? 'ok' : 'missing',
    detail: `app ${self ? 'is' : 'is NOT'} the webApplicationInfo registration; roles: ${install.roles.join(', ') || 'none'}`,
    why: 'Graph installs the app, and lists its installation, only for the registration itself',
  });
  add({
    area: 'permissions',
    check: 'install credential: AppCatalog.Read.All',
    verdict: install.roles.includes('AppCatalog.Read.All') ? 'ok' : 'missing',
    detail: install.roles.join(', ') || 'none',
    why: 'the installer finds the catalogue id before it installs',
  });
}

export async function runSmoke(o: SmokeOptions): Promise<SmokeReport> {
  const findings: Finding[] = [];
  const add = (f: Finding) => void findings.push(f);
  await permissions(o, add);
  let siteId: string;
  let webUrl: string;
  try {
    siteId = await resolveSite(o.graph, o.site);
    ({ webUrl } = await o.graph.get<{ webUrl: string }>(
      `/sites/${encodeURIComponent(siteId)}?$select=webUrl`,
    ));
    add({ area: 'permissions', check: 'site access (Graph)', verdict: 'ok', detail: webUrl });
  } catch (e) {
    add({
      area: 'permissions',
      check: 'site access (Graph)',
      verdict: 'missing',
      detail: reason(e),
      why: 'Sites.Selected gives nothing until the site grants the identity (grant-sites-selected.sh)',
    });
    return { site: o.site, findings };
  }
  const sitePath = `/sites/${encodeURIComponent(siteId)}`;
  const title = `GT Smoke ${o
    .now()
    .toISOString()
    .replace(/[-:.TZ]/g, '')}`;
  let listPath: string | null = null;
  try {
    const list = await o.graph.post<{ id: string }>(`${sitePath}/lists`, {
      displayName: title,
      columns: [{ name: 'GtSmokeNote', text: { allowMultipleLines: false } }],
      list: { template: 'genericList' },
    });
    listPath = `${sitePath}/lists/${list.id}`;
    add({ area: 'writes', check: 'create a scratch list', verdict: 'ok', detail: title });
    await exercise(o, listPath, title, webUrl, add);
  } catch (e) {
    add({
      area: 'writes',
      check: listPath ? 'items and delta' : 'create a scratch list',
      verdict: 'missing',
      detail: reason(e),
      why: listPath
        ? 'the store makes these same calls for every figure'
        : 'provisioning needs manage on the site to create lists',
    });
  } finally {
    if (listPath) {
      try {
        await o.graph.delete(listPath);
        add({ area: 'clean-up', check: 'remove the scratch list', verdict: 'ok', detail: title });
      } catch (e) {
        add({
          area: 'clean-up',
          check: 'remove the scratch list',
          verdict: 'missing',
          detail: `${reason(e)}: delete "${title}" by hand`,
        });
      }
    }
  }
  return { site: o.site, findings };
}

async function exercise(
  o: SmokeOptions,
  listPath: string,
  title: string,
  webUrl: string,
  add: (f: Finding) => void,
): Promise<void> {
  const created: Item[] = [];
  for (const n of [1, 2]) {
    created.push(
      await o.graph.post<Item>(`${listPath}/items`, { fields: { Title: `smoke ${n}` } }),
    );
  }
  const first = created[0]!;
  add({ area: 'writes', check: 'create items', verdict: 'ok', detail: `${created.length} items` });
  add({ area: 'etags', check: 'POST items: eTag', verdict: 'ok', detail: etagFormat(first.eTag) });
  const patched = await o.graph.patch<Record<string, unknown>>(
    `${listPath}/items/${first.id}/fields`,
    { GtSmokeNote: 'patched' },
    { 'If-Match': first.eTag ?? '*' },
  );
  add({ area: 'writes', check: 'patch fields with If-Match', verdict: 'ok', detail: 'accepted' });
  const patchTag = patched['@odata.etag'];
  add({
    area: 'etags',
    check: "PATCH fields: fields['@odata.etag']",
    verdict: 'ok',
    detail: etagFormat(patchTag),
  });

  // Delta, one item a page, so the feed needs a nextLink; then a change, then the deltaLink.
  let url: string | null = `${listPath}/items/delta?$expand=fields&$top=1`;
  let pages = 0;
  let unexpanded = 0;
  let deltaLink: string | null = null;
  let deltaTag: unknown;
  while (url) {
    const page: { value: Item[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string } =
      await o.graph.get(url);
    pages += 1;
    for (const item of page.value) {
      if (pages > 1 && !item.fields) unexpanded += 1;
      if (item.id === first.id) deltaTag = item.eTag;
    }
    deltaLink = page['@odata.deltaLink'] ?? null;
    url = page['@odata.nextLink'] ? o.graph.relative(page['@odata.nextLink']) : null;
  }
  add({
    area: 'delta',
    check: 'nextLink keeps $expand=fields',
    verdict: pages < 2 ? 'skipped' : unexpanded === 0 ? 'ok' : 'differs',
    detail: `${pages} pages; ${unexpanded} items after the first page without fields`,
    why: 'the store reads fields from every delta page; without them items decode wrongly',
  });
  add({ area: 'etags', check: 'delta: eTag', verdict: 'ok', detail: etagFormat(deltaTag) });
  // The same version of the same item, seen through two endpoints: the store must read one version.
  const same = typeof deltaTag === 'string' && normaliseEtag(deltaTag) === normaliseEtag(patchTag);
  add({
    area: 'etags',
    check: 'delta eTag and PATCH @odata.etag read as one version by the store',
    verdict: same ? 'ok' : 'differs',
    detail: `${etagFormat(deltaTag)} and ${etagFormat(patchTag)}`,
    why: 'the store compares the two; if it cannot, every item refreshed by delta raises false conflicts',
  });
  await o.graph.patch(`${listPath}/items/${created[1]!.id}/fields`, { GtSmokeNote: 'again' });
  if (deltaLink) {
    const changes: { value: Item[] } = await o.graph.get(o.graph.relative(deltaLink));
    const bare = changes.value.filter((i) => !i.fields).length;
    add({
      area: 'delta',
      check: 'deltaLink keeps $expand=fields',
      verdict: changes.value.length === 0 ? 'skipped' : bare === 0 ? 'ok' : 'differs',
      detail: `${changes.value.length} changes; ${bare} without fields`,
      why: 'the store reads fields from every delta round; without them items decode wrongly',
    });
  }
  await o.graph.delete(`${listPath}/items/${first.id}`, { 'If-Match': '*' });
  add({ area: 'writes', check: 'delete an item', verdict: 'ok', detail: 'deleted' });

  if ('why' in o.rest) {
    add({
      area: 'permissions',
      check: 'SharePoint REST (list views)',
      verdict: 'skipped',
      detail: o.rest.why,
      why: 'provisioning then skips the list views; the app itself does not need them',
    });
    return;
  }
  try {
    const views = await o.rest(webUrl).views(title);
    add({
      area: 'permissions',
      check: 'SharePoint REST (list views)',
      verdict: 'ok',
      detail: `${views.length} views read`,
    });
  } catch (e) {
    add({
      area: 'permissions',
      check: 'SharePoint REST (list views)',
      verdict: 'missing',
      detail: reason(e),
      why: "SharePoint REST needs a certificate and SharePoint's own Sites.Selected with the site grant",
    });
  }
}
