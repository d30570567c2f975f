// `golden-thread provision --site <id|url>`: creates or updates the SharePoint lists, columns and
// indexes; prints each change (nothing on a second run). Credentials come from the same settings
// as the server (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET …, GRAPH_BASE_URL).
import { loadConfig } from '../../server/config/config.js';
import {
  authFromConfig,
  createGraphApi,
  credentialFor,
  pnpViewsFactory,
  provisionSite,
} from '../../stores/sharepoint/index.js';
import type { CliIo } from '../io.js';

export async function provisionCommand(opts: { site: string }, io: CliIo): Promise<void> {
  const config = loadConfig({ store: 'sharepoint', sharepointSite: opts.site });
  const credential = credentialFor(authFromConfig(config));
  const graph = createGraphApi({ baseUrl: config.graphBaseUrl, credential });
  // Lists, columns and indexes through Graph; the list views through SharePoint REST (PnPjs).
  const report = await provisionSite(graph, opts.site, undefined, {
    views: pnpViewsFactory({ graphBaseUrl: config.graphBaseUrl, credential }),
  });
  for (const line of report.actions) io.out(`${line}\n`);
  io.out(
    report.actions.length === 0
      ? `Site ${report.siteId} is up to date (schema ${report.schemaVersion}); nothing changed\n`
      : `Site ${report.siteId} provisioned to schema ${report.schemaVersion}: ${report.actions.length} changes (${graph.stats.requestCount} Graph requests)\n`,
  );
}
