// The real host, through @microsoft/teams-js. Loaded with a dynamic import so a plain browser never
// downloads the SDK.
import type { TeamsHost } from './teams-host.js';
import { toHostTheme } from './teams-host.js';

export async function createTeamsSdkHost(): Promise<TeamsHost> {
  const { app } = await import('@microsoft/teams-js');
  await app.initialize();
  const ctx = await app.getContext();
  const listeners = new Set<(theme: ReturnType<typeof toHostTheme>) => void>();
  // The SDK keeps a single theme handler, so we register once and fan out.
  app.registerOnThemeChangeHandler((name) => {
    const theme = toHostTheme(name);
    listeners.forEach((l) => l(theme));
  });
  return {
    context: {
      inTeams: true,
      frameContext: ctx.page?.frameContext ?? null,
      locale: ctx.app?.locale ?? null,
      userPrincipalName: ctx.user?.userPrincipalName ?? null,
    },
    theme: toHostTheme(ctx.app?.theme),
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
