// What the tab needs from its host (Teams, or a plain browser). Everything Teams-specific sits
// behind this one interface so the rest of the tab, and the tests, never touch @microsoft/teams-js
// (STYLE.md: the tab reads Teams only through one provider with a stand-in).
export type HostTheme = 'default' | 'dark' | 'contrast';

/** Where Teams shows the tab: a tab page, a meeting's side panel, the shared stage, or settings. */
export type FrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | string;

export interface HostContext {
  /** True only when running inside a Teams (or other Microsoft 365) host. */
  inTeams: boolean;
  frameContext: FrameContext | null;
  /** The host's locale, e.g. 'en-gb'; the tab still formats en-GB (council data). */
  locale: string | null;
  userPrincipalName: string | null;
  /** A hint for MSAL's sign-in (teams-js: user.loginHint), so nested app auth picks this account. */
  loginHint: string | null;
  /** The person's Entra object id (teams-js: user.id): with tenantId, MSAL's homeAccountId. */
  userObjectId: string | null;
  /** The meeting the tab is in (side panel, stage), or null. */
  meetingId: string | null;
  tenantId: string | null;
  /**
   * A Teams deep link's `subEntityId` (teams-js: page.subPageId): the tab route to open, e.g.
   * `indicators/WR01` from https://teams.microsoft.com/l/entity/APP/my-work?context=
   * {"subEntityId":"indicators/WR01"}. Teams opens the contentUrl without our hash, so this is how
   * a link from a card or a chat lands on the right page.
   */
  subPageId: string | null;
}

export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

export interface TeamsHost {
  context: HostContext;
  theme: HostTheme;
  /** Calls back whenever the host's theme changes; returns an unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** The host offers nested app authentication (MSAL's NAA bridge). */
  naaRecommended: boolean;
  /** Teams SSO: an access token for the app's API (authentication.getAuthToken). */
  getAuthToken?(): Promise<string>;
  /**
   * Puts a URL of this app on the meeting's shared stage. Rejects with a StageShareError when
   * Teams refuses (error 1000: this person may not share, e.g. an attendee).
   */
  shareToStage?(url: string): Promise<void>;
  /**
   * May this person share the app to the stage (meeting.getAppContentStageSharingCapabilities,
   * doesAppHaveSharePermission)? Teams answers true for organisers and presenters.
   */
  canShareToStage?(): Promise<boolean>;
  /** Is the app on the meeting's stage now (meeting.getAppContentStageSharingState)? */
  isSharedToStage?(): Promise<boolean>;
  /** The configurable tab's settings page: what to save when the user selects Save. */
  configure?(config: TabConfig): void;
}

/** Teams refused to share to the stage; `code` is Teams' SdkError code (1000: no permission). */
export class StageShareError extends Error {
  constructor(
    readonly code: number | null,
    message: string,
  ) {
    super(message);
  }
}

export function toHostTheme(name: string | undefined | null): HostTheme {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}
