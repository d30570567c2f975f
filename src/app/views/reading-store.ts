// A store that notes which lists a computation read, so a view cached from it (view-cache.ts) is
// kept exactly while those lists are unchanged, without each view declaring its lists by hand (a
// list forgotten in a declaration would be a view that never updates).
import { LIST_NAMES, type ListName, type Store } from '../../domain/ports/store.js';

export interface ReadingStore {
  store: Store;
  /** The lists read so far. */
  read: Set<ListName>;
  /**
   * With `tokens`: each list's change token, taken just before the computation first read it
   * (a change after that moves it, so comparing it later says whether the read is still current).
   */
  tokens: Map<ListName, Promise<string>>;
  /** True once anything was written through it: such a computation is not a view. */
  wrote: boolean;
}

export function readingStore(inner: Store, options: { tokens?: boolean } = {}): ReadingStore {
  const read = new Set<ListName>();
  const tokens = new Map<ListName, Promise<string>>();
  const state: ReadingStore = { store: inner, read, tokens, wrote: false };
  const wrote = () => {
    state.wrote = true;
  };
  // Reads asked for in one turn take their tokens in that turn too, so a store that batches
  // refreshes (SharePoint) loads them together.
  const reading = async (lists: readonly ListName[]) => {
    for (const list of lists) {
      read.add(list);
      if (options.tokens && !tokens.has(list)) tokens.set(list, inner.changeToken([list]));
    }
    if (options.tokens) await Promise.all(lists.map((list) => tokens.get(list)));
  };
  state.store = {
    get: async (list, id) => (await reading([list]), inner.get(list, id)),
    query: async (list, filter, options) => (
      await reading([list]),
      inner.query(list, filter, options)
    ),
    // The audit trail moves only with the items it records, so reading it depends on their lists.
    audit: async (query) => (
      await reading(query.list ? [query.list] : LIST_NAMES),
      inner.audit(query)
    ),
    changeToken: (lists) => inner.changeToken(lists),
    create: (list, fields, ctx, id) => (wrote(), inner.create(list, fields, ctx, id)),
    update: (list, id, version, patch, ctx) => (
      wrote(),
      inner.update(list, id, version, patch, ctx)
    ),
    delete: (list, id, version, ctx) => (wrote(), inner.delete(list, id, version, ctx)),
    writeMany: (ops, ctx) => (wrote(), inner.writeMany(ops, ctx)),
    // The computation borrows the store; closing it is the application's business.
    close: async () => undefined,
  };
  return state;
}
