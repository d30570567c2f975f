// The one provider through which the tab reads its host. Inside Teams it initialises the SDK; in a
// plain browser (and in tests) it uses the stand-in, or whatever host the caller passes in.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { looksLikeTeams } from './detect-teams.js';
import { createStandInHost } from './stand-in-host.js';
import { createTeamsSdkHost } from './teams-sdk-host.js';
import type { HostContext, HostTheme, TeamsHost } from './teams-host.js';

export interface TeamsState {
  ready: boolean;
  context: HostContext;
  theme: HostTheme;
  host: TeamsHost;
}

const standIn = createStandInHost();
const TeamsStateContext = createContext<TeamsState>({
  ready: false,
  context: standIn.context,
  theme: standIn.theme,
  host: standIn,
});

async function chooseHost(): Promise<TeamsHost> {
  if (!looksLikeTeams()) return standIn;
  try {
    return await createTeamsSdkHost();
  } catch {
    // A framed page that is not really Teams: carry on as a plain browser.
    return standIn;
  }
}

export function TeamsProvider({ host, children }: { host?: TeamsHost; children: ReactNode }) {
  const [state, setState] = useState<TeamsState>(() => {
    const h = host ?? standIn;
    return {
      ready: Boolean(host) || !looksLikeTeams(),
      context: h.context,
      theme: h.theme,
      host: h,
    };
  });
  useEffect(() => {
    let unsubscribe = () => {};
    let cancelled = false;
    void (host ? Promise.resolve(host) : chooseHost()).then((h) => {
      if (cancelled) return;
      setState({ ready: true, context: h.context, theme: h.theme, host: h });
      unsubscribe = h.onThemeChange((theme) => setState((s) => ({ ...s, theme })));
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [host]);
  return <TeamsStateContext.Provider value={state}>{children}</TeamsStateContext.Provider>;
}

export function useTeams(): TeamsState {
  return useContext(TeamsStateContext);
}
