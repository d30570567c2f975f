// The app id a Teams deep link must name. Teams' deep-link guide ("Deep link to an application",
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application)
// gives the id by how the app reached Teams: the manifest id for a custom app someone uploaded, the
// organisation catalogue's own id once the admin uploaded it to the catalogue (our deployment
// guide's route). Graph gives that id: GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest
// id}' (appcatalogs-list-teamsapps; AppCatalog.Read.All), each entry's `id` with
// distributionMethod "organization". Until the app is in the catalogue (or the permission is not
// granted yet) links use the manifest id and the look-up is tried again later.
import type { GraphApi } from '../stores/sharepoint/index.js';

const RETRY_MS = 60 * 60 * 1000;

interface CatalogueEntry {
  id: string;
  externalId?: string;
  distributionMethod?: string;
}

export interface LinkAppIdOptions {
  graph: GraphApi;
  manifestId: string;
  now?: () => number;
  /** Told why the catalogue id could not be found (never a token or a person). */
  onMiss?: (reason: string) => void;
}

export function linkAppIdResolver(o: LinkAppIdOptions): () => Promise<string> {
  const now = o.now ?? Date.now;
  // The catalogue id never changes for an uploaded app (an upgrade keeps it), so once found it is kept.
  let found: string | null = null;
  let retryAt = 0;
  return async () => {
    if (found) return found;
    if (now() < retryAt) return o.manifestId;
    const quoted = `'${o.manifestId.replace(/'/g, "''")}'`;
    try {
      const { value } = await o.graph.get<{ value: CatalogueEntry[] }>(
        `/appCatalogs/teamsApps?$filter=${encodeURIComponent(`externalId eq ${quoted}`)}`,
      );
      const entry = value.find((a) => a.distributionMethod === 'organization');
      if (entry) return (found = entry.id);
      o.onMiss?.('the app is not in the organisation catalogue yet');
    } catch (e) {
      o.onMiss?.(
        `the catalogue could not be read (${(e as { status?: number }).status ?? 'error'})`,
      );
    }
    retryAt = now() + RETRY_MS;
    return o.manifestId;
  };
}
