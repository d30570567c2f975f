// Proactive installation through Microsoft Graph (Teams docs, "Send proactive installation
// messages"): for a person who has never opened Golden Thread, install the app in their personal
// scope, then ask Graph for the 1:1 chat between them and the bot; its id is the conversation id
// the connector accepts. Needs the application permissions AppCatalog.Read.All (the look-up) and
// TeamsAppInstallation.ReadWriteSelfForUser.All, and the token's app id must be the manifest's
// webApplicationInfo id, or Graph lists nothing: its Graph client carries the registration's own
// credential (install-credential.ts), not the store's.
import { outcomeForStatus, type SendOutcome } from '../../src/app/nudges/index.js';

/** The two calls the installer makes: the SharePoint store's Graph client (GraphApi) fits. */
export interface GraphCalls {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

export interface AppInstallerOptions {
  graph: GraphCalls;
  /** The manifest's `id` (GT_TEAMS_APP_ID): the catalogue app's externalId. */
  teamsAppId: string;
  /** For the `teamsApp@odata.bind` URL, e.g. `https://graph.microsoft.com/v1.0`. */
  graphBaseUrl: string;
}

export interface AppInstaller {
  /** The 1:1 chat id (`19:…@unq.gbl.spaces`) after installing if needed, or why not. */
  chatFor(userId: string): Promise<{ chatId: string } | SendOutcome>;
}

interface Collection<T> {
  value?: T[];
}

/** Graph's client errors carry the HTTP status (0 when no answer came). */
function failure(error: unknown, step: string): SendOutcome {
  const status = (error as { status?: unknown; statusCode?: unknown }).status;
  const code = typeof status === 'number' && status > 0 ? status : null;
  const message = error instanceof Error ? error.message : String(error);
  return outcomeForStatus(code, `Graph ${step}: ${message}`.slice(0, 300));
}

const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

export function createGraphAppInstaller(o: AppInstallerOptions): AppInstaller {
  const base = o.graphBaseUrl.replace(/\/+$/, '');
  // The catalogue id never changes for an uploaded app; an upgrade keeps it.
  let catalogId: string | null = null;

  async function findCatalogApp(): Promise<string | SendOutcome> {
    if (catalogId) return catalogId;
    const filter = encodeURIComponent(`externalId eq ${quoted(o.teamsAppId)}`);
    const apps = await o.graph.get<Collection<{ id: string }>>(
      `/appCatalogs/teamsApps?$filter=${filter}`,
    );
    const id = apps.value?.[0]?.id;
    if (!id) {
      return {
        kind: 'permanent',
        status: 404,
        message: `Graph: no app with manifest id ${o.teamsAppId} in the app catalogue`,
      };
    }
    catalogId = id;
    return id;
  }

  async function install(user: string, appId: string): Promise<void> {
    try {
      await o.graph.post(`/users/${user}/teamwork/installedApps`, {
        'teamsApp@odata.bind': `${base}/appCatalogs/teamsApps/${appId}`,
      });
    } catch (error) {
      // 409 Conflict: already installed for this person (by them, a policy or an earlier cycle).
      if ((error as { status?: unknown }).status !== 409) throw error;
    }
  }

  async function installation(user: string, appId: string): Promise<string | null> {
    const filter = encodeURIComponent(`teamsApp/id eq ${quoted(appId)}`);
    const found = await o.graph.get<Collection<{ id: string }>>(
      `/users/${user}/teamwork/installedApps?$expand=teamsApp&$filter=${filter}`,
    );
    return found.value?.[0]?.id ?? null;
  }

  return {
    async chatFor(userId) {
      const user = encodeURIComponent(userId);
      let step = 'app catalogue look-up';
      try {
        const appId = await findCatalogApp();
        if (typeof appId !== 'string') return appId;
        step = 'app installation';
        await install(user, appId);
        step = 'installation look-up';
        const id = await installation(user, appId);
        if (!id) {
          return {
            kind: 'permanent',
            status: null,
            message:
              'Graph lists no installation after installing: the manifest webApplicationInfo id ' +
              "must be the Graph credential's app id",
          };
        }
        step = 'chat look-up';
        const chat = await o.graph.get<{ id?: string }>(
          `/users/${user}/teamwork/installedApps/${encodeURIComponent(id)}/chat`,
        );
        if (typeof chat.id !== 'string') return failure(new Error('no chat id'), step);
        return { chatId: chat.id };
      } catch (error) {
        return failure(error, step);
      }
    },
  };
}
