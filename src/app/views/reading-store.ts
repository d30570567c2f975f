// A store that notes which lists a computation read, so a view cached from it (view-cache.ts) is
// kept exactly while those lists are unchanged, without each view declaring its lists by hand (a
// list forgotten in a declaration would be a view that never updates).
import { LIST_NAMES, type ListName, type Store } from '../../domain/ports/store.js';

export interface ReadingStore {
  store: Store;
  /** The lists read so far. */
  read: Set<ListName>;
  /** True once anything was written through it: such a computation is not a view. */
  wrote: boolean;
}

export function readingStore(inner: Store): ReadingStore {
  const read = new Set<ListName>();
  const state: ReadingStore = { store: inner, read, wrote: false };
  const wrote = () => {
    state.wrote = true;
  };
  state.store = {
    get: (list, id) => (read.add(list), inner.get(list, id)),
    query: (list, filter, options) => (read.add(list), inner.query(list, filter, options)),
    // The audit trail moves only with the items it records, so reading it depends on their lists.
    audit: (query) => {
      for (const list of query.list ? [query.list] : LIST_NAMES) read.add(list);
      return inner.audit(query);
    },
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
