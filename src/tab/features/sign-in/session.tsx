// Who is using the tab. In a tenant: the person named by an Entra token the host gives us (nested
// app authentication, or Teams SSO), sent as a bearer token. Locally: whoever was picked in the
// sign-in-as picker; the server holds the choice in a cookie, so the tab only asks /api/me.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { authSettled, dropEarly, setTokenSource, type Me } from '../../shared/api/index.js';
import { useTeams } from '../../teams/index.js';
import { getAuthConfig, getMe, hostTokenSource, signIn, signOut } from './api/index.js';

export interface Session {
  status: 'loading' | 'signed-out' | 'signed-in' | 'failed' | 'needs-teams';
  mode: 'local' | 'tenant' | null;
  me: Me | null;
  error: string | null;
  signInAs(personId: string): Promise<void>;
  switchPerson(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function SessionProvider({ children }: { children: ReactNode }) {
  const { ready, host } = useTeams();
  const [me, setMe] = useState<Me | null>(null);
  const [mode, setMode] = useState<Session['mode']>(null);
  const [status, setStatus] = useState<Session['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const person = await getMe();
      setMe(person);
      setStatus(person ? 'signed-in' : 'signed-out');
    } catch (e) {
      setError(message(e));
      setStatus('failed');
    }
  }, []);
  // The auth config is asked at start-up (start-early.ts); local mode needs nothing from Teams, so
  // /me goes as soon as it answers, while the Teams SDK is still initialising.
  useEffect(() => {
    let cancelled = false;
    getAuthConfig().then(
      (config) => {
        if (cancelled) return;
        setMode(config.mode);
        if (config.mode === 'local') {
          authSettled();
          void refresh();
        }
      },
      (e: unknown) => {
        setError(message(e));
        setStatus('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [refresh]);
  // In a tenant the token comes from the host, so this waits for Teams to be ready.
  useEffect(() => {
    if (!ready || mode !== 'tenant') return;
    let cancelled = false;
    void (async () => {
      try {
        const config = await getAuthConfig();
        if (cancelled) return;
        // Outside Teams there is no one to vouch for you, and the picker is refused by the server.
        if (!host.context.inTeams) {
          authSettled();
          return setStatus('needs-teams');
        }
        setTokenSource(hostTokenSource(host, config));
        authSettled();
        await refresh();
      } catch (e) {
        setError(message(e));
        setStatus('failed');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [ready, host, mode, refresh]);
  const signInAs = useCallback(
    async (personId: string) => {
      dropEarly();
      await signIn(personId);
      await refresh();
    },
    [refresh],
  );
  const switchPerson = useCallback(async () => {
    dropEarly();
    await signOut();
    setMe(null);
    setStatus('signed-out');
  }, []);
  return (
    <SessionContext.Provider value={{ status, mode, me, error, signInAs, switchPerson }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession must be used inside <SessionProvider>');
  return s;
}
