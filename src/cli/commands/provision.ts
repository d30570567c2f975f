// `golden-thread provision --site <id|url>`: creates or updates the SharePoint lists, columns and
// indexes; prints each change (nothing on a second run). Graph credentials come from the same
// settings as the server (GT_USE_MANAGED_IDENTITY in the web app's console, or AZURE_* with a
// certificate elsewhere; GRAPH_BASE_URL). The list views go through SharePoint REST, which takes
// only a certificate (GT_SP_REST_CERTIFICATE_PATH, restAuthFromConfig); without one they are
// skipped and the command says why.
import { loadConfig } from '../../platform/config/config.js';
import {
  authFromConfig,
  createGraphApi,
  credentialFor,
  pnpViewsFactory,
  provisionSite,
  restAuthFromConfig,
} from '../../stores/sharepoint/index.js';
import type { CliIo } from '../io.js';

export async function provisionCommand(opts: { site: string }, io: CliIo): Promise<void> {
  const config = loadConfig({ store: 'sharepoint', sharepointSite: opts.site });
  const credential = credentialFor(authFromConfig(config));
  const graph = createGraphApi({ baseUrl: config.graphBaseUrl, credential });
  // Lists, columns and indexes through Graph; the list views through SharePoint REST (PnPjs).
  const rest = restAuthFromConfig(config);
  const report = await provisionSite(graph, opts.site, undefined, {
    views: rest.auth
      ? pnpViewsFactory({
          graphBaseUrl: config.graphBaseUrl,
          credential: credentialFor(rest.auth),
        })
      : undefined,
  });
  if (!rest.auth) io.out(`List views skipped: ${rest.why}\n`);
  for (const line of report.actions) io.out(`${line}\n`);
  io.out(
    report.actions.length === 0
      ? `Site ${report.siteId} is up to date (schema ${report.schemaVersion}); nothing changed\n`
      : `Site ${report.siteId} provisioned to schema ${report.schemaVersion}: ${report.actions.length} changes (${graph.stats.requestCount} Graph requests)\n`,
  );
}
