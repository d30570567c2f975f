// Reordering siblings (priorities within a plan, objectives within a priority) in one use case:
// the caller sends every sibling's id in the new order with the version it read, so a list changed
// meanwhile (an item added, moved or edited) is refused whole rather than half reordered.
import { ConflictError, ValidationError } from '../../domain/errors/errors.js';
import type { Filter, ListShapes, StoredItem } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';

export interface OrderedItem {
  id: string;
  version: string;
}

export async function writeOrder(
  deps: AppDeps,
  list: 'priorities' | 'objectives',
  siblings: StoredItem<{ order: number; code: string }>[],
  ordered: OrderedItem[],
  ctx: { actorId: string; channel: 'tab'; event: string },
): Promise<void> {
  const byId = new Map(siblings.map((s) => [s.id, s]));
  const sent = new Set(ordered.map((o) => o.id));
  const unknown = ordered.findIndex((o) => !byId.has(o.id));
  if (unknown >= 0)
    throw new ValidationError('is not one of the items being ordered', `ids.${unknown}`);
  if (sent.size !== ordered.length) throw new ValidationError('names an item twice', 'ids');
  if (sent.size !== byId.size)
    throw new ConflictError('The list was changed by someone else: reload it and move again.');
  const stale = ordered.find((o) => byId.get(o.id)!.version !== o.version);
  if (stale)
    throw new ConflictError(`${byId.get(stale.id)!.fields.code} was changed by someone else.`);
  const ops = ordered
    .map((o, i) => ({ o, order: i + 1 }))
    .filter(({ o, order }) => byId.get(o.id)!.fields.order !== order)
    .map(({ o, order }) => ({
      kind: 'update' as const,
      list,
      id: o.id,
      version: o.version,
      patch: { order },
    }));
  if (ops.length) await deps.store.writeMany(ops, ctx);
}

/** Reorders the siblings `filter` selects and returns them all, read again, in the new order. */
export async function reorderSiblings<L extends 'priorities' | 'objectives'>(
  deps: AppDeps,
  list: L,
  filter: Filter<ListShapes[L]>,
  ordered: OrderedItem[],
  ctx: { actorId: string; channel: 'tab'; event: string },
): Promise<StoredItem<ListShapes[L]>[]> {
  const siblings = await deps.store.query(list, filter);
  await writeOrder(
    deps,
    list,
    siblings as StoredItem<{ order: number; code: string }>[],
    ordered,
    ctx,
  );
  return deps.store.query(list, filter, { orderBy: 'order' as keyof ListShapes[L] & string });
}

/** The next order after the siblings', so a new item goes last. */
export function nextOrder(siblings: { fields: { order?: number | null } }[]): number {
  return siblings.reduce((max, s) => Math.max(max, s.fields.order ?? 0), 0) + 1;
}
