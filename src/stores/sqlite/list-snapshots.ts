// Whole lists held decoded in memory. The dashboard, the plan tree and every roll-up read whole
// lists (all of a council's returns), and decoding thousands of JSON rows on each read was most
// of their cost: at quarter-end, when every write moves the returns list, a room's dashboards
// re-read it after every figure entered. A list is read from the file once; this connection's
// own commits then patch it item by item (each re-read by id, so the copy is exactly what a fresh
// read would give), and a commit by any other connection to the file (a CLI import), seen by
// SQLite's data_version, drops every snapshot. https://www.sqlite.org/pragma.html#pragma_data_version
// Items are frozen: they are shared by every reader, as the SharePoint store's are, so a caller
// that changed one would change it for all; frozen, that is a loud error rather than a quiet one.
import type { ListName, StoredItem } from '../../domain/ports/store.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export interface ListSnapshots {
  /** Every item of the list in creation order, from memory while the file has not moved. */
  all(list: ListName, external: number, read: () => StoredItem<unknown>[]): StoredItem<unknown>[];
  /**
   * After a commit by this connection: `read` gives the item as it now stands, or null when
   * deleted. Called only when the list is held, so writes to lists nobody reads whole (the
   * reminder ledger, thousands of writes a cycle) cost no re-read.
   */
  changed(list: ListName, id: string, read: () => StoredItem<unknown> | null): void;
}

interface Snapshot {
  external: number;
  /** By id, in creation order: an update keeps its place, a create goes last (its seq is). */
  items: Map<string, StoredItem<unknown>>;
}

export function listSnapshots(): ListSnapshots {
  const snapshots = new Map<ListName, Snapshot>();
  return {
    all(list, external, read) {
      let snapshot = snapshots.get(list);
      if (!snapshot || snapshot.external !== external) {
        if (snapshot) snapshots.clear();
        snapshot = { external, items: new Map(read().map((item) => [item.id, deepFreeze(item)])) };
        snapshots.set(list, snapshot);
      }
      return [...snapshot.items.values()];
    },
    changed(list, id, read) {
      const snapshot = snapshots.get(list);
      if (!snapshot) return;
      const item = read();
      if (item) snapshot.items.set(id, deepFreeze(item));
      else snapshot.items.delete(id);
    },
  };
}
