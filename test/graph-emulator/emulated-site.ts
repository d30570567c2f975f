// A provisioned site on the local Graph emulator, and a store on it: for tests and benchmarks.
import type { GraphEmulator } from './index.js';
import { staticTokenCredential } from '../../src/stores/sharepoint/graph/behaviours/auth.js';
import { createGraphApi, type GraphApi } from '../../src/stores/sharepoint/graph/graph-api.js';
import type { RetryOptions } from '../../src/stores/sharepoint/graph/behaviours/retry.js';
import { provisionSite } from '../../src/stores/sharepoint/provision/provision.js';
import {
  openSharePointStore,
  type SharePointStore,
  type SharePointStoreOptions,
} from '../../src/stores/sharepoint/sharepoint-store.js';

export function emulatorGraph(
  emulator: GraphEmulator,
  retry?: RetryOptions,
  timeoutMs?: number,
): GraphApi {
  return createGraphApi({
    baseUrl: emulator.baseUrl,
    credential: staticTokenCredential(emulator.token),
    retry,
    timeoutMs,
  });
}

export async function emulatedStore(
  emulator: GraphEmulator,
  options: { retry?: RetryOptions; timeoutMs?: number } & Partial<SharePointStoreOptions> = {},
): Promise<{ store: SharePointStore; siteId: string; graph: GraphApi }> {
  const site = emulator.addSite();
  const graph = options.graph ?? emulatorGraph(emulator, options.retry, options.timeoutMs);
  await provisionSite(emulatorGraph(emulator), site.id);
  return {
    store: openSharePointStore({ ...options, graph, site: site.id }),
    siteId: site.id,
    graph,
  };
}
