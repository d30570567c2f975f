// Creates or updates the site's lists, columns and indexes from the schema. Idempotent: it
// compares what the site has with what the schema wants and only adds what is missing, so a
// second run does nothing, and a newer schema adds its columns to lists that already hold items.
// Graph calls: create a list with columns (https://learn.microsoft.com/graph/api/list-create),
// add a column (https://learn.microsoft.com/graph/api/list-post-columns), and set `indexed` on a
// column (https://learn.microsoft.com/graph/api/columndefinition-update). List views need
// SharePoint REST (provision-views.ts), so they come only with `options.views`.
import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from '../graph/graph-api.js';
import { columnDefinition, schemaAt, type SiteSchema } from '../schema/index.js';
import { resolveSite } from '../store/site-lists.js';
import { provisionViews, type ViewsClientFactory } from './provision-views.js';

export interface ProvisionOptions {
  /**
   * SharePoint REST for the list views (Graph cannot create views). Without it, provisioning
   * makes the lists, columns and indexes only.
   */
  views?: ViewsClientFactory;
}

export interface ProvisionReport {
  siteId: string;
  schemaVersion: number;
  /** One line per change made; empty when the site was already up to date. */
  actions: string[];
}

async function ensureColumns(
  graph: GraphApi,
  listPath: string,
  title: string,
  wanted: ColumnDefinition[],
  actions: string[],
): Promise<void> {
  const { value } = await graph.get<{ value: ColumnDefinition[] }>(`${listPath}/columns`);
  const have = new Map(value.map((c) => [c.name, c]));
  for (const column of wanted) {
    const existing = have.get(column.name);
    if (!existing) {
      await graph.post(`${listPath}/columns`, column);
      actions.push(`added column ${column.name} to ${title}`);
      continue;
    }
    const patch: ColumnDefinition = {};
    if (column.indexed && !existing.indexed) patch.indexed = true;
    if (column.enforceUniqueValues && !existing.enforceUniqueValues)
      patch.enforceUniqueValues = true;
    // Notes made before the schema said `plain` are rich text, which wraps values in HTML.
    if (column.text?.textType === 'plain' && existing.text?.textType === 'richText') {
      patch.text = { ...existing.text, textType: 'plain' };
    }
    if (Object.keys(patch).length > 0) {
      await graph.patch(`${listPath}/columns/${existing.id}`, patch);
      actions.push(`${Object.keys(patch).join(' and ')} set on ${title}.${column.name}`);
    }
  }
}

export async function provisionSite(
  graph: GraphApi,
  site: string,
  schema: SiteSchema = schemaAt(),
  options: ProvisionOptions = {},
): Promise<ProvisionReport> {
  const siteId = await resolveSite(graph, site);
  const sitePath = `/sites/${encodeURIComponent(siteId)}`;
  const { value } = await graph.get<{ value: List[] }>(`${sitePath}/lists?$select=id,displayName`);
  const existing = new Map(value.map((l) => [l.displayName, l.id]));
  const actions: string[] = [];
  for (const { spec, columns } of schema.lists) {
    const wanted = columns.map(columnDefinition);
    const id = existing.get(spec.title);
    if (!id) {
      await graph.post(`${sitePath}/lists`, {
        displayName: spec.title,
        description: `Golden Thread ${spec.key} (schema ${schema.version})`,
        columns: wanted,
        list: { template: 'genericList' },
      });
      actions.push(`created list ${spec.title} with ${wanted.length} columns`);
      continue;
    }
    await ensureColumns(graph, `${sitePath}/lists/${id}`, spec.title, wanted, actions);
  }
  if (options.views) {
    const { webUrl } = await graph.get<{ webUrl: string }>(`${sitePath}?$select=webUrl`);
    actions.push(...(await provisionViews(graph, sitePath, options.views(webUrl))));
  }
  return { siteId, schemaVersion: schema.version, actions };
}
