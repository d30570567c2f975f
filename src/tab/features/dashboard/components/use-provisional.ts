// Whether provisional figures are included lives in the address (`provisional=include` in the
// route's query), so the shared stage, which follows the presenter's route, includes them too.
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../sign-in/index.js';

const KEY = 'provisional';

function readHash(): boolean {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get(KEY) === 'include';
}

/** The hash with `provisional=include` set or removed, keeping the rest of the route. */
export function withProvisional(hash: string, include: boolean): string {
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  if (include) params.set(KEY, 'include');
  else params.delete(KEY);
  const rest = params.toString();
  return rest ? `${path}?${rest}` : (path ?? '');
}

export function useIncludeProvisional(): [boolean, (include: boolean) => void] {
  const [include, setInclude] = useState(readHash);
  useEffect(() => {
    const onHash = () => setInclude(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = useCallback((next: boolean) => {
    window.location.hash = withProvisional(window.location.hash || '#/dashboard', next);
    setInclude(next);
  }, []);
  return [include, choose];
}

/** Only the Leadership Team and the performance team may include provisional figures. */
export function useMayIncludeProvisional(): boolean {
  const { me } = useSession();
  return !!me?.roles.some((r) => r === 'leadership' || r === 'admin');
}
