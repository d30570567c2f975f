// Finds the site (by id, or by its URL through `{hostname}:/{path}`) and the ids of its lists,
// once per store: one request for the site when given a URL, one for the lists.
// https://learn.microsoft.com/graph/api/site-getbypath , https://learn.microsoft.com/graph/api/list-list
import type { List, Site } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from '../graph/graph-api.js';

export interface SiteLists {
  siteId: string;
  /** List id by display name. */
  lists: Map<string, string>;
}

/** `https://host/sites/x` → `host:/sites/x:`; an id passes through. */
export function sitePathFor(site: string): string {
  if (!/^https?:\/\//.test(site)) return encodeURIComponent(site);
  const url = new URL(site);
  return `${url.hostname}:${url.pathname.replace(/\/+$/, '')}:`;
}

export async function resolveSite(graph: GraphApi, site: string): Promise<string> {
  if (!/^https?:\/\//.test(site)) return site;
  const found = await graph.get<Site>(`/sites/${sitePathFor(site)}?$select=id`);
  return String(found.id);
}

export async function loadSiteLists(graph: GraphApi, site: string): Promise<SiteLists> {
  const siteId = await resolveSite(graph, site);
  const answer = await graph.get<{ value: List[] }>(
    `/sites/${encodeURIComponent(siteId)}/lists?$select=id,displayName`,
  );
  return {
    siteId,
    lists: new Map(answer.value.map((l) => [String(l.displayName), String(l.id)])),
  };
}

export function listPath(site: SiteLists, title: string): string {
  const id = site.lists.get(title);
  if (!id) {
    throw new Error(`the site has no list "${title}": run \`golden-thread provision\` first`);
  }
  return `/sites/${encodeURIComponent(site.siteId)}/lists/${id}`;
}
