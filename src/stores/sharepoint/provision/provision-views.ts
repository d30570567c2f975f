// Creates the list views (list-views.ts) a site lacks, through SharePoint REST with PnPjs, and
// indexes the column each view's filter leads with, through Graph. Idempotent: a view is found
// by title and, once there, left alone (a site owner may have changed its columns); SharePoint
// itself would happily add a second view of the same title, so looking first is our job.
import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import type { TokenCredential } from '@azure/identity';
import type { SPFI } from '@pnp/sp';
import type { GraphApi } from '../graph/graph-api.js';
import { LIST_VIEWS, type ViewSpec } from './list-views.js';
import { createSharePointRest, type RestStats } from './sharepoint-rest.js';

/** What provisioning needs of SharePoint REST: list views, add one, choose its columns. */
export interface ListViewsApi {
  views(list: string): Promise<{ Id: string; Title: string }[]>;
  addView(list: string, view: ViewSpec): Promise<string>;
  showFields(list: string, viewId: string, fields: readonly string[]): Promise<void>;
  readonly stats: RestStats;
}

/** Builds the views client for a site once provisioning has learnt its URL from Graph. */
export type ViewsClientFactory = (webUrl: string) => ListViewsApi;

/**
 * The slice of PnPjs's fluent API used here. PnPjs adds `sp.web`, `web.lists` and `list.views` by
 * module augmentation of extensionless paths (`declare module "../fi"`), which TypeScript's NodeNext
 * resolution does not follow, so the types are spelt out; the side-effect imports in
 * sharepoint-rest.ts install the members at run time.
 */
interface PnpViewFields {
  removeAll(): Promise<unknown>;
  add(field: string): Promise<unknown>;
}
interface PnpViews {
  select(...fields: string[]): () => Promise<{ Id: string; Title: string }[]>;
  add(title: string, personalView: boolean, props: Record<string, unknown>): Promise<unknown>;
  getById(id: string): { fields: PnpViewFields };
}
interface PnpWeb {
  lists: { getByTitle(title: string): { views: PnpViews } };
}

export function pnpListViews(spfi: SPFI, stats: RestStats): ListViewsApi {
  const sp = spfi as unknown as { web: PnpWeb };
  return {
    stats,
    views: (list) => sp.web.lists.getByTitle(list).views.select('Id', 'Title')(),
    async addView(list, view) {
      const added = await sp.web.lists.getByTitle(list).views.add(view.title, false, {
        ViewQuery: view.query,
        RowLimit: view.rowLimit,
        Paged: true,
      });
      return String((added as { Id: string }).Id);
    },
    async showFields(list, viewId, fields) {
      const view = sp.web.lists.getByTitle(list).views.getById(viewId);
      await view.fields.removeAll();
      // One at a time: the order of the calls is the order of the columns.
      for (const field of fields) await view.fields.add(field);
    },
  };
}

export function pnpViewsFactory(options: {
  graphBaseUrl: string;
  credential: TokenCredential;
}): ViewsClientFactory {
  return (webUrl) => {
    const { sp, stats } = createSharePointRest({ ...options, webUrl });
    return pnpListViews(sp, stats);
  };
}

async function ensureIndexed(
  graph: GraphApi,
  sitePath: string,
  views: readonly ViewSpec[],
  actions: string[],
): Promise<void> {
  const { value } = await graph.get<{ value: List[] }>(`${sitePath}/lists?$select=id,displayName`);
  const ids = new Map(value.map((l) => [l.displayName, l.id]));
  for (const list of new Set(views.map((v) => v.list))) {
    const id = ids.get(list);
    if (!id) throw new Error(`the site has no list "${list}" for its views`);
    const columns = await graph.get<{ value: ColumnDefinition[] }>(
      `${sitePath}/lists/${id}/columns`,
    );
    for (const leading of new Set(views.filter((v) => v.list === list).map((v) => v.leading))) {
      const column = columns.value.find((c) => c.name === leading);
      if (!column) throw new Error(`${list} has no column ${leading} for its views`);
      if (column.indexed) continue;
      await graph.patch(`${sitePath}/lists/${id}/columns/${column.id}`, { indexed: true });
      actions.push(`indexed set on ${list}.${leading} (a view filters on it)`);
    }
  }
}

export async function provisionViews(
  graph: GraphApi,
  sitePath: string,
  api: ListViewsApi,
  views: readonly ViewSpec[] = LIST_VIEWS,
): Promise<string[]> {
  const actions: string[] = [];
  await ensureIndexed(graph, sitePath, views, actions);
  const existing = new Map<string, Set<string>>();
  for (const view of views) {
    let titles = existing.get(view.list);
    if (!titles) {
      titles = new Set((await api.views(view.list)).map((v) => v.Title));
      existing.set(view.list, titles);
    }
    if (titles.has(view.title)) continue;
    const id = await api.addView(view.list, view);
    await api.showFields(view.list, id, view.fields);
    titles.add(view.title);
    actions.push(`created view ${view.title} on ${view.list}`);
  }
  return actions;
}
