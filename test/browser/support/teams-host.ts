// A teams-js host stand-in: a parent page "at" https://teams.microsoft.com (served by Playwright's
// router, so the SDK's origin check passes) that frames the tab "at" https://goldenthread.test (proxied
// to the real server) and answers the SDK's postMessage protocol: the child posts {id, uuidAsString,
// func, args}; the host replies {id, uuidAsString, args}. Handled: initialize (frame context,
// client type, runtime config JSON, SDK version), getContext, authentication.getAuthToken,
// meeting.shareAppContentToStage, meeting.getAppContentStageSharingCapabilities and
// meeting.getAppContentStageSharingState, settings.setSettings/setValidityState; it can push
// themeChange and settings.save. What the tab asked is recorded in window.__host.
//
// Strict where Teams is about the stage (Build apps for Teams meeting stage, and the meeting apps
// API references: https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage,
// https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#share-app-content-to-stage-api):
// only organisers and presenters may share app content to the stage; an attendee's share fails
// with SdkError 1000 (PERMISSION_DENIED in teams-js's ErrorCode), and the sharing capabilities
// answer doesAppHaveSharePermission per role. The sharing state answers isAppSharing.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

export const HOST_ORIGIN = 'https://teams.microsoft.com';
export const TAB_ORIGIN = 'https://goldenthread.test';

export interface HostOptions {
  frameContext: 'content' | 'sidePanel' | 'meetingStage' | 'settings';
  theme: 'default' | 'dark' | 'contrast';
  token: string;
  meetingId?: string;
  /** Path and hash of the tab, e.g. `/?context=meeting#/dashboard`. */
  tabPath?: string;
  width?: number;
  /** A deep link's subEntityId, given to the tab in its context (teams-js: page.subPageId). */
  subEntityId?: string;
  /**
   * Frame the tab straight from this origin (the server's own http://127.0.0.1 URL, which
   * Chromium lets an https page frame: loopback is potentially trustworthy) instead of through
   * the router's proxy at TAB_ORIGIN. For timing: the proxy carries every response through
   * Playwright's process, which Teams does not, and holds the page to HTTP/1.1's six connections.
   */
  tabOrigin?: string;
  /** This person's role in the meeting; Organizer unless given. */
  meetingRole?: 'Organizer' | 'Presenter' | 'Attendee';
  /** Whether the app is on the stage already (Teams' own share icon, or someone's share). */
  appSharing?: boolean;
  /** The person's Entra object id, given as user.id in the context. */
  userObjectId?: string;
}

const RUNTIME = {
  apiVersion: 4,
  isNAAChannelRecommended: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    appInstallDialog: {},
    meeting: {},
    pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
    teamsCore: {},
    dialog: { url: {}, update: {} },
  },
};

export function hostPage(o: HostOptions): string {
  const context = {
    frameContext: o.frameContext,
    theme: o.theme,
    locale: 'en-gb',
    hostClientType: 'web',
    userPrincipalName: 'someone@example.gov.uk',
    loginHint: 'someone@example.gov.uk',
    userObjectId: o.userObjectId,
    meetingId: o.meetingId,
    chatId: o.meetingId,
    tid: 'tenant',
    subEntityId: o.subEntityId,
  };
  return `<!doctype html><html lang="en-GB"><head><title>Teams (stand-in)</title>
<style>body{margin:0} iframe{border:0;width:${o.width ?? 1280}px;height:100vh;display:block}</style></head>
<body><iframe id="tab" title="Golden Thread" src="${o.tabOrigin ?? TAB_ORIGIN}${o.tabPath ?? '/'}"></iframe>
<script>
const CONTEXT = ${JSON.stringify(context)};
const RUNTIME = ${JSON.stringify(JSON.stringify(RUNTIME))};
const TOKEN = ${JSON.stringify(o.token)};
const MAY_SHARE = ${JSON.stringify((o.meetingRole ?? 'Organizer') !== 'Attendee')};
const SHARING = ${JSON.stringify(o.appSharing ?? false)};
window.__host = { calls: [], shared: [], refused: [], settings: null, valid: null };
const frame = () => document.getElementById('tab').contentWindow;
window.addEventListener('message', (e) => {
  if (e.source !== frame() || !e.data || typeof e.data.func !== 'string') return;
  const m = e.data;
  window.__host.calls.push(m.func);
  const reply = (args) => frame().postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, '${o.tabOrigin ?? TAB_ORIGIN}');
  switch (m.func) {
    case 'initialize': return reply([CONTEXT.frameContext, 'web', RUNTIME, '2.58.0']);
    case 'getContext': return reply([CONTEXT]);
    case 'authentication.getAuthToken': return reply([true, TOKEN]);
    case 'meeting.shareAppContentToStage':
      if (!MAY_SHARE) {
        window.__host.refused.push(m.args[0]);
        return reply([{ errorCode: 1000, message: 'Permission denied: attendees cannot share to the stage' }, null]);
      }
      window.__host.shared.push(m.args[0]);
      return reply([null, true]);
    case 'meeting.getAppContentStageSharingCapabilities':
      return reply([null, { doesAppHaveSharePermission: MAY_SHARE }]);
    case 'meeting.getAppContentStageSharingState':
      return reply([null, { isAppSharing: SHARING }]);
    case 'settings.setSettings': window.__host.settings = m.args[0]; return reply([true]);
    case 'settings.setValidityState': window.__host.valid = m.args[0]; return;
  }
});
window.__setTheme = (name) => frame().postMessage({ func: 'themeChange', args: [name] }, '${o.tabOrigin ?? TAB_ORIGIN}');
window.__save = () => frame().postMessage({ func: 'settings.save', args: [{}] }, '${o.tabOrigin ?? TAB_ORIGIN}');
</script></body></html>`;
}

/** Route the stand-in origins for this browser context: the host page, and the tab to `serverUrl`. */
export async function routeTeamsHost(
  context: BrowserContext,
  serverUrl: string,
  o: HostOptions,
  /** Extra request headers for the tab, e.g. the local dev identity for benchmarks. */
  headers: Record<string, string> = {},
) {
  await context.route(`${HOST_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(o) }),
  );
  if (o.tabOrigin) {
    // No proxy to add them: the browser sends them itself (CDP's extra headers, not interception).
    await context.setExtraHTTPHeaders(headers);
  } else await routeTab(context, serverUrl, headers);
  // teams-js refreshes its list of valid origins from a CDN; offline, it uses its built-in list.
  await context.route('https://res.cdn.office.net/**', (route) => route.abort());
}

async function routeTab(
  context: BrowserContext,
  serverUrl: string,
  headers: Record<string, string>,
) {
  await context.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = route.request().url().replace(TAB_ORIGIN, serverUrl);
    try {
      const response = await route.fetch({
        url,
        headers: { ...route.request().headers(), ...headers },
      });
      await route.fulfill({ response });
    } catch (e) {
      // The page moved on (reload, closed context) while a request was in flight: nobody waits.
      if (!/disposed|closed|Target page/i.test(String(e))) throw e;
    }
  });
}

export async function openInTeams(
  page: Page,
  serverUrl: string,
  o: HostOptions,
  /** Extra request headers for the tab (the local dev identity). */
  headers: Record<string, string> = {},
): Promise<Frame> {
  await routeTeamsHost(page.context(), serverUrl, o, headers);
  await page.goto(`${HOST_ORIGIN}/_stand-in`);
  const handle = await page.waitForSelector('iframe#tab');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the tab frame did not load');
  return frame;
}

export async function hostRecord(page: Page) {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __host: {
            calls: string[];
            shared: string[];
            refused: string[];
            settings: unknown;
            valid: unknown;
          };
        }
      ).__host,
  );
}

/**
 * The tab on a 1920 px meeting stage in the host stand-in, as this person (local mode's identity
 * header), once its frame has loaded. `beforeLoad` may route requests of the context first.
 */
export function openStageAs(
  browser: Browser,
  serverUrl: string,
  personId: string,
  o: {
    tabPath: string;
    theme?: HostOptions['theme'];
    meetingId?: string;
    beforeLoad?: (context: BrowserContext) => Promise<void>;
  },
): Promise<{ page: Page; tab: Frame }> {
  return openFramedAs(browser, serverUrl, personId, { ...o, frameContext: 'meetingStage' });
}

/** The tab in the host stand-in in any frame (a content tab at 1366 px unless told), as openStageAs. */
export async function openFramedAs(
  browser: Browser,
  serverUrl: string,
  personId: string,
  o: {
    tabPath: string;
    frameContext?: HostOptions['frameContext'];
    width?: number;
    theme?: HostOptions['theme'];
    meetingId?: string;
    beforeLoad?: (context: BrowserContext) => Promise<void>;
  },
): Promise<{ page: Page; tab: Frame }> {
  const frameContext = o.frameContext ?? 'content';
  const width = o.width ?? (frameContext === 'meetingStage' ? 1920 : 1366);
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width, height: frameContext === 'meetingStage' ? 1080 : 900 },
  });
  await routeTeamsHost(
    context,
    serverUrl,
    {
      frameContext,
      theme: o.theme ?? 'default',
      token: 'unused-in-local-mode',
      meetingId: o.meetingId,
      tabPath: o.tabPath,
      width,
    },
    { 'x-gt-user': personId },
  );
  await o.beforeLoad?.(context);
  const page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/_stand-in`);
  const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!tab) throw new Error('the tab frame did not load');
  return { page, tab };
}
