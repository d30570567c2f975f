// A snapshot of one list, kept fresh with the delta feed: the first read pages through the list
// (999 items a page); every later read asks only for what changed since (usually one request
// with nothing in it). https://learn.microsoft.com/graph/api/listitem-delta
// The store's own writes are applied straight from Graph's answers, so a read after a write sees
// it even while an older delta round is still in flight; an item's ETag counter (the N of
// "{guid},N") decides which of two copies is newer, and items this store deleted stay deleted.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from '../graph/graph-api.js';
import { decodeItem, selectFor, type SpItem } from '../mapping/index.js';
import type { ListSpec } from '../schema/index.js';

export const PAGE_SIZE = 999;

export function etagCounter(etag: string): number {
  const match = /,(\d+)"?$/.exec(etag);
  return match ? Number(match[1]) : 0;
}

interface DeltaAnswer {
  value: (ListItem & { deleted?: unknown })[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export class ListCache {
  private readonly items = new Map<number, SpItem>();
  private readonly spIdOf = new Map<string, number>();
  private readonly deletedHere = new Set<number>();
  private deltaPath: string | null = null;
  private inflight: Promise<void> | null = null;

  constructor(
    private readonly graph: GraphApi,
    readonly spec: ListSpec,
    private readonly listPath: string,
  ) {}

  /** Brings the snapshot up to date; concurrent callers share one round. */
  refresh(): Promise<void> {
    this.inflight ??= this.round().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async round(): Promise<void> {
    let path =
      this.deltaPath ?? `${this.listPath}/items/delta?${selectFor(this.spec)}&$top=${PAGE_SIZE}`;
    for (;;) {
      const answer = await this.graph.get<DeltaAnswer>(path);
      for (const entry of answer.value) this.applyGraph(entry);
      const next = answer['@odata.nextLink'];
      if (next) {
        path = this.graph.relative(next);
        continue;
      }
      const delta = answer['@odata.deltaLink'];
      if (delta) this.deltaPath = this.graph.relative(delta);
      return;
    }
  }

  private applyGraph(entry: ListItem & { deleted?: unknown }): void {
    const spId = Number(entry.id);
    if (entry.deleted) {
      this.remove(spId);
      return;
    }
    if (this.deletedHere.has(spId)) return;
    this.put(decodeItem(this.spec, entry));
  }

  /** Keeps the newer of the cached and the given copy. */
  put(item: SpItem): void {
    const current = this.items.get(item.spId);
    if (current && etagCounter(current.item.version) > etagCounter(item.item.version)) return;
    this.items.set(item.spId, item);
    this.spIdOf.set(item.item.id, item.spId);
  }

  remove(spId: number, byThisStore = false): void {
    const item = this.items.get(spId);
    if (item && this.spIdOf.get(item.item.id) === spId) this.spIdOf.delete(item.item.id);
    this.items.delete(spId);
    if (byThisStore) this.deletedHere.add(spId);
  }

  byId(id: string): SpItem | null {
    const spId = this.spIdOf.get(id);
    return spId === undefined ? null : (this.items.get(spId) ?? null);
  }

  all(): SpItem[] {
    return [...this.items.values()];
  }
}
