// The narrative compares each indicator with two earlier periods, and the status engine reads the
// returns of every period around each one (year to date, the persistent run, last year), so the
// two comparisons ask for many of the same periods. Within one comparison load, each distinct
// query is read once: on SharePoint every query is a Graph round trip.
import type { Store } from '../../domain/ports/store.js';

export function readOnce(store: Store): Store {
  const seen = new Map<string, Promise<unknown>>();
  const query: Store['query'] = (list, filter, options) => {
    const key = JSON.stringify([list, filter ?? null, options ?? null]);
    let found = seen.get(key) as ReturnType<typeof store.query<typeof list>> | undefined;
    if (!found) {
      found = store.query(list, filter, options);
      seen.set(key, found);
    }
    return found;
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'query') return query;
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
