// The real host, through @microsoft/teams-js. Loaded with a dynamic import so a plain browser never
// downloads the SDK.
import type { TeamsHost } from './teams-host.js';
import { StageShareError, toHostTheme } from './teams-host.js';

// Destructured in `then`, so the bundler keeps only these parts of the SDK.
const loadSdk = () =>
  import('@microsoft/teams-js').then(({ app, authentication, meeting, nestedAppAuth, pages }) => ({
    app,
    authentication,
    meeting,
    nestedAppAuth,
    pages,
  }));
let sdk: ReturnType<typeof loadSdk> | null = null;

/** Starts downloading the SDK (once); start-up calls it when framed by Teams. */
export function preloadTeamsSdk(): ReturnType<typeof loadSdk> {
  sdk ??= loadSdk();
  return sdk;
}

function stageError(error: { errorCode?: number; message?: string }): StageShareError {
  const code = typeof error.errorCode === 'number' ? error.errorCode : null;
  // 1000 is PERMISSION_DENIED in teams-js's ErrorCode: Teams lets only organisers and presenters share.
  const why =
    code === 1000
      ? 'Only the meeting organiser and presenters can share to the stage'
      : (error.message ?? `Teams refused (${code ?? 'no code'})`);
  return new StageShareError(code, why);
}

export async function createTeamsSdkHost(): Promise<TeamsHost> {
  const { app, authentication, meeting, nestedAppAuth, pages } = await preloadTeamsSdk();
  await app.initialize();
  const ctx = await app.getContext();
  const listeners = new Set<(theme: ReturnType<typeof toHostTheme>) => void>();
  // The SDK keeps a single theme handler, so we register once and fan out.
  app.registerOnThemeChangeHandler((name) => {
    const theme = toHostTheme(name);
    listeners.forEach((l) => l(theme));
  });
  app.notifySuccess().catch(() => {});
  return {
    context: {
      inTeams: true,
      frameContext: ctx.page?.frameContext ?? null,
      locale: ctx.app?.locale ?? null,
      userPrincipalName: ctx.user?.userPrincipalName ?? null,
      loginHint: ctx.user?.loginHint ?? null,
      userObjectId: ctx.user?.id ?? null,
      meetingId: ctx.meeting?.id ?? null,
      tenantId: ctx.user?.tenant?.id ?? null,
      subPageId: ctx.page?.subPageId || null,
    },
    theme: toHostTheme(ctx.app?.theme),
    naaRecommended: nestedAppAuth.isNAAChannelRecommended(),
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getAuthToken: () => authentication.getAuthToken(),
    // The meeting stage calls answer through a callback (error, result): SdkError carries a code.
    shareToStage: (url) =>
      new Promise<void>((resolve, reject) => {
        meeting.shareAppContentToStage((error) => {
          if (error) reject(stageError(error));
          else resolve();
        }, url);
      }),
    canShareToStage: () =>
      new Promise<boolean>((resolve, reject) => {
        meeting.getAppContentStageSharingCapabilities((error, result) => {
          if (error) reject(stageError(error));
          else resolve(Boolean(result?.doesAppHaveSharePermission));
        });
      }),
    isSharedToStage: () =>
      new Promise<boolean>((resolve, reject) => {
        meeting.getAppContentStageSharingState((error, result) => {
          if (error) reject(stageError(error));
          else resolve(Boolean(result?.isAppSharing));
        });
      }),
    configure(config) {
      pages.config.registerOnSaveHandler((save) => {
        pages.config.setConfig(config).then(
          () => save.notifySuccess(),
          (e: unknown) => save.notifyFailure(e instanceof Error ? e.message : String(e)),
        );
      });
      void pages.config.setValidityState(true);
    },
  };
}
