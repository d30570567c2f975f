// Undoes a failed migration: deletes from the target exactly the items this migration wrote, at
// their current versions, and nothing else (the target was empty when it began, see
// migrate-stores.ts, so nothing of anyone else's can be among them).
import type { ListName, Store, WriteContext, WriteOp } from '../../domain/ports/store.js';

export type Written = Map<ListName, Set<string>>;

export function noteWritten(written: Written, list: ListName, id: string): void {
  let ids = written.get(list);
  if (!ids) written.set(list, (ids = new Set()));
  ids.add(id);
}

/** Deletes what was written; returns what could not be deleted (empty when all went). */
export async function removeWritten(
  target: Store,
  written: Written,
  ctx: WriteContext,
  chunkSize: number,
): Promise<{ list: ListName; id: string }[]> {
  const left: { list: ListName; id: string }[] = [];
  for (const [list, ids] of written) {
    try {
      const present = (await target.query(list)).filter((item) => ids.has(item.id));
      for (let i = 0; i < present.length; i += chunkSize) {
        const chunk = present.slice(i, i + chunkSize);
        const ops: WriteOp[] = chunk.map((item) => ({
          kind: 'delete',
          list,
          id: item.id,
          version: item.version,
        }));
        await target.writeMany(ops, ctx);
        chunk.forEach((item) => ids.delete(item.id));
      }
    } catch {
      // Keep going: undo as much as possible, then name what is left.
    }
    for (const id of await stillPresent(target, list, ids)) left.push({ list, id });
  }
  return left;
}

/**
 * What is really still there: a failed delete may have landed in part (a $batch whose audit part
 * failed), so read the list back; if even that fails, assume every id not known deleted is left.
 */
async function stillPresent(target: Store, list: ListName, ids: Set<string>): Promise<string[]> {
  if (ids.size === 0) return [];
  try {
    return (await target.query(list)).filter((item) => ids.has(item.id)).map((item) => item.id);
  } catch {
    return [...ids];
  }
}
