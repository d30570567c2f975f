// The plain-browser stand-in for Teams: the theme follows the operating system (or `?theme=` in
// the address, handy for demos and screenshots), and there is no Teams context.
import { toHostTheme, type HostTheme, type TeamsHost } from './teams-host.js';

function themeFromBrowser(win: Window): HostTheme {
  const asked = new URLSearchParams(win.location.search).get('theme');
  if (asked) return toHostTheme(asked);
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

export function createStandInHost(win: Window = window, fixedTheme?: HostTheme): TeamsHost {
  return {
    context: {
      inTeams: false,
      frameContext: null,
      locale: null,
      userPrincipalName: null,
      loginHint: null,
      userObjectId: null,
      meetingId: null,
      tenantId: null,
      subPageId: null,
    },
    theme: fixedTheme ?? themeFromBrowser(win),
    naaRecommended: false,
    onThemeChange(listener) {
      if (fixedTheme || !win.matchMedia) return () => {};
      const queries = [
        win.matchMedia('(prefers-color-scheme: dark)'),
        win.matchMedia('(forced-colors: active)'),
      ];
      const changed = () => listener(themeFromBrowser(win));
      queries.forEach((q) => q.addEventListener('change', changed));
      return () => queries.forEach((q) => q.removeEventListener('change', changed));
    },
  };
}
