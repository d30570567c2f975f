// The stage shows one idea per view, the presenter moving from one to the next. The view rides in
// the hash (`#/dashboard?period=…&view=priorities`), which the stage sync already relays, so
// everyone following sees the same view without the router knowing about it.
import { useEffect, useMemo, useState } from 'react';

export const STAGE_VIEWS = [
  { key: 'summary', title: 'This month' },
  { key: 'priorities', title: 'By priority' },
  { key: 'directorates', title: 'By directorate' },
  { key: 'persistent', title: 'Persistent under-performance' },
  { key: 'risks', title: 'Risks' },
  { key: 'register', title: 'Risk register' },
] as const;

export type StageViewKey = (typeof STAGE_VIEWS)[number]['key'];

function viewIn(query: URLSearchParams): StageViewKey {
  const view = query.get('view');
  return STAGE_VIEWS.find((v) => v.key === view)?.key ?? 'summary';
}

/** The hash with its `view` set, every other part (period, basis) kept. */
export function hashWithView(hash: string, view: StageViewKey): string {
  const [path = '#/dashboard', rawQuery = ''] = hash.split('?');
  const query = new URLSearchParams(rawQuery);
  if (view === 'summary') query.delete('view');
  else query.set('view', view);
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

/** The hash's query (`#/dashboard?…`), following every move (the presenter's, or the sync's). */
export function useHashQuery(): URLSearchParams {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return useMemo(() => new URLSearchParams(hash.split('?')[1] ?? ''), [hash]);
}

/** The view the hash names, following every move. */
export function useStageView(): StageViewKey {
  return viewIn(useHashQuery());
}
