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

/** Where an emulator answers and the server's token for it (in this process or another). */
export type EmulatorEndpoint = Pick<GraphEmulator, 'baseUrl' | 'token'>;

export function emulatorGraph(
  emulator: EmulatorEndpoint,
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
  return storeOnSite(emulator, emulator.addSite().id, options);
}

/** A store on a site already added to the emulator at `endpoint`, provisioned first. */
export async function storeOnSite(
  endpoint: EmulatorEndpoint,
  siteId: string,
  options: { retry?: RetryOptions; timeoutMs?: number } & Partial<SharePointStoreOptions> = {},
): Promise<{ store: SharePointStore; siteId: string; graph: GraphApi }> {
  const graph = options.graph ?? emulatorGraph(endpoint, options.retry, options.timeoutMs);
  await provisionSite(emulatorGraph(endpoint), siteId);
  return { store: openSharePointStore({ ...options, graph, site: siteId }), siteId, graph };
}
