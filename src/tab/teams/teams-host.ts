// What the tab needs from its host (Teams, or a plain browser). Everything Teams-specific sits
// behind this one interface so the rest of the tab, and the tests, never touch @microsoft/teams-js
// (STYLE.md: the tab reads Teams only through one provider with a stand-in).
export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostContext {
  /** True only when running inside a Teams (or other Microsoft 365) host. */
  inTeams: boolean;
  /** The host's name for where the tab is shown, e.g. 'content', 'sidePanel', 'meetingStage'. */
  frameContext: string | null;
  /** The host's locale, e.g. 'en-gb'; the tab still formats en-GB (council data). */
  locale: string | null;
  userPrincipalName: string | null;
}

export interface TeamsHost {
  context: HostContext;
  theme: HostTheme;
  /** Calls back whenever the host's theme changes; returns an unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
}

export function toHostTheme(name: string | undefined | null): HostTheme {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}
