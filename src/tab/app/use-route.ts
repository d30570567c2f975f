// The current route, following the hash as it changes: at once when the tab navigates (NAVIGATED),
// and on hashchange for a link, the back button or the stage sync. The same hash twice renders once.
import { useEffect, useMemo, useState } from 'react';
import { NAVIGATED, parseRoute, type Route } from './router.js';

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener('hashchange', changed);
    window.addEventListener(NAVIGATED, changed);
    return () => {
      window.removeEventListener('hashchange', changed);
      window.removeEventListener(NAVIGATED, changed);
    };
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}
