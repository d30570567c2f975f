// Teams deep links: Teams opens the tab's contentUrl (no hash) and passes the link's subEntityId
// in the context. The first time the tab starts with one and no route of its own, go there.
import { useEffect } from 'react';
import { useTeams } from '../teams/index.js';
import { hrefFor, routeFromSubPage } from './router.js';

export function useDeepLink(): void {
  const { ready, context } = useTeams();
  useEffect(() => {
    if (!ready) return;
    const hash = window.location.hash.replace(/^#\/?/, '');
    if (hash) return; // a route of our own (a reload, the stage) wins
    const route = routeFromSubPage(context.subPageId);
    if (route) window.location.hash = hrefFor(route);
  }, [ready, context.subPageId]);
}
