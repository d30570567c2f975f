// Views computed once per change (issue 21): the dashboard, the plan tree and a person's work are
// read by a whole Leadership Team at once, and rating and roll-up work for 300 indicators takes
// tens of milliseconds of CPU on the one event loop. A view is kept with the store's change token
// for the lists it read and the London date it was computed on (ratings and due dates move at
// midnight, never within a day); the next request with the same arguments and token gets the same
// value (the same object, so the server serialises it once too). Concurrent requests for the same
// view share one computation. Which lists a view reads is learned from its first computation (see
// firstRun); later ones take the token of only those lists.
import { londonDate } from '../../domain/periods/index.js';
import { LIST_NAMES, type ListName } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';
import { readingStore } from './reading-store.js';

export interface ViewCacheStats {
  computed: number;
  served: number;
  entries: number;
}

export interface ViewCache {
  /** The view, from the cache when nothing it read has changed; else computed (once). */
  read<T>(
    deps: AppDeps,
    name: string,
    args: readonly unknown[],
    compute: (deps: AppDeps) => Promise<T>,
  ): Promise<T>;
  stats(): ViewCacheStats;
}

interface Entry {
  token: string;
  lists: readonly ListName[];
  value: Promise<unknown>;
  /** A first computation's: whether its reads were still current when it ended (see firstRun). */
  current?: Promise<boolean>;
}

const sameLists = (a: readonly ListName[], b: readonly ListName[]) =>
  a.length === b.length && a.every((list, i) => list === b[i]);

/** `maxEntries` bounds memory: the least recently used view goes first. */
export function createViewCache(options: { maxEntries?: number } = {}): ViewCache {
  const maxEntries = options.maxEntries ?? 256;
  const entries = new Map<string, Entry>();
  const learned = new Map<string, Set<ListName>>();
  const stats = { computed: 0, served: 0 };

  const listsOf = (name: string): readonly ListName[] => {
    const known = learned.get(name);
    return known ? LIST_NAMES.filter((list) => known.has(list)) : LIST_NAMES;
  };

  const remember = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };

  const forget = (key: string, entry: Entry) => {
    if (entries.get(key) === entry) entries.delete(key);
  };

  /**
   * After a computation: learn the lists it read, and keep it only if the token covered them
   * and it wrote nothing. When the view's lists are now known more narrowly than the token it
   * was computed under, it is kept under the narrower token — read before checking that the
   * wider one has not moved, so nothing that landed meanwhile is missed.
   */
  const settle = async (
    name: string,
    key: string,
    entry: Entry,
    reading: ReturnType<typeof readingStore>,
  ) => {
    const known = learned.get(name) ?? new Set<ListName>();
    for (const list of reading.read) known.add(list);
    learned.set(name, known);
    const covered = [...reading.read].every((list) => entry.lists.includes(list));
    if (!covered || reading.wrote) return forget(key, entry);
    const narrower = listsOf(name);
    if (sameLists(narrower, entry.lists)) return;
    const token = await reading.store.changeToken(narrower);
    const unmoved = (await reading.store.changeToken(entry.lists)) === entry.token;
    if (unmoved && entries.get(key) === entry) {
      entries.set(key, { token, lists: narrower, value: entry.value });
    } else forget(key, entry);
  };

  /**
   * A view's first computation, when nobody knows yet which lists it reads: a token over every
   * list would load lists it never reads (on SharePoint a cold page or more of each). Instead each
   * list's token is taken just before it is first read; when the computation ends, the view is
   * kept under the token of the lists it read if none of them moved since it read them. Requests
   * that arrive meanwhile share it when it proves current (it then reflects every change made
   * before they arrived); otherwise they compute again, now with the lists known.
   */
  const firstRun = <T>(
    deps: AppDeps,
    name: string,
    key: string,
    at: Date,
    compute: (deps: AppDeps) => Promise<T>,
  ): Promise<T> => {
    stats.computed += 1;
    const reading = readingStore(deps.store, { tokens: true });
    const entry: Entry = { token: '', lists: [], value: Promise.resolve() };
    const value = compute({ ...deps, store: reading.store, clock: { now: () => at } });
    entry.current = value.then(
      async () => {
        const known = learned.get(name) ?? new Set<ListName>();
        for (const list of reading.read) known.add(list);
        learned.set(name, known);
        const lists = listsOf(name);
        const read = [...reading.tokens];
        const then = await Promise.all(read.map(([, t]) => t));
        // Asked together (one refresh on SharePoint); the view's token first, so a change that
        // lands between them shows as a moved list rather than slipping into the kept token.
        const [token, ...now] = await Promise.all([
          deps.store.changeToken(lists),
          ...read.map(([list]) => deps.store.changeToken([list])),
        ]);
        const current = !reading.wrote && now.every((t, i) => t === then[i]);
        if (current && entries.get(key) === entry) {
          entries.set(key, { token, lists, value });
        } else forget(key, entry);
        return current;
      },
      () => (forget(key, entry), false),
    );
    entry.value = value.then(async (v) => (await entry.current, v));
    remember(key, entry);
    return entry.value as Promise<T>;
  };

  const cache: ViewCache = {
    async read<T>(
      deps: AppDeps,
      name: string,
      args: readonly unknown[],
      compute: (deps: AppDeps) => Promise<T>,
    ): Promise<T> {
      // One instant for the whole computation, so its date and the key's agree.
      const at = deps.clock.now();
      const key = JSON.stringify([name, londonDate(at), args]);
      if (!learned.has(name)) {
        const running = entries.get(key);
        if (!running?.current) return firstRun(deps, name, key, at, compute);
        stats.served += 1;
        const value = (await running.value) as T;
        return (await running.current) ? value : cache.read(deps, name, args, compute);
      }
      const lists = listsOf(name);
      // Taken before computing: a change that lands meanwhile moves the token, so the next
      // request recomputes rather than keeping a view that may have missed it.
      const token = await deps.store.changeToken(lists);
      const hit = entries.get(key);
      if (hit && hit.token === token && sameLists(hit.lists, lists)) {
        stats.served += 1;
        remember(key, hit);
        return hit.value as Promise<T>;
      }
      stats.computed += 1;
      const reading = readingStore(deps.store);
      const entry: Entry = { token, lists, value: Promise.resolve() };
      entry.value = compute({ ...deps, store: reading.store, clock: { now: () => at } }).then(
        async (value) => {
          await settle(name, key, entry, reading);
          return value;
        },
        (error: unknown) => {
          forget(key, entry);
          throw error;
        },
      );
      remember(key, entry);
      return entry.value as Promise<T>;
    },
    stats: () => ({ ...stats, entries: entries.size }),
  };
  return cache;
}

/** The view through the application's cache when it has one (the server), else computed. */
export function cachedView<T>(
  deps: AppDeps,
  name: string,
  args: readonly unknown[],
  compute: (deps: AppDeps) => Promise<T>,
): Promise<T> {
  return deps.views ? deps.views.read(deps, name, args, compute) : compute(deps);
}
