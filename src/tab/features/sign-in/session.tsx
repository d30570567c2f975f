// Who is using the tab. Locally that is whoever was picked in the sign-in-as picker; the server
// holds the choice in a cookie, so the tab only asks /api/me.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Person } from '../../shared/api/index.js';
import { getMe, signIn, signOut } from './api/index.js';

export interface Session {
  status: 'loading' | 'signed-out' | 'signed-in' | 'failed';
  me: Person | null;
  error: string | null;
  signInAs(personId: string): Promise<void>;
  switchPerson(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Person | null>(null);
  const [status, setStatus] = useState<Session['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const person = await getMe();
      setMe(person);
      setStatus(person ? 'signed-in' : 'signed-out');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus('failed');
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const signInAs = useCallback(
    async (personId: string) => {
      await signIn(personId);
      await refresh();
    },
    [refresh],
  );
  const switchPerson = useCallback(async () => {
    await signOut();
    setMe(null);
    setStatus('signed-out');
  }, []);
  return (
    <SessionContext.Provider value={{ status, me, error, signInAs, switchPerson }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession must be used inside <SessionProvider>');
  return s;
}
