// A snapshot of one list, kept fresh with the delta feed: the first read pages through the list
// (999 items a page); every later read asks only for what changed since (usually one request
// with nothing in it). https://learn.microsoft.com/graph/api/listitem-delta
// The store's own writes are applied straight from Graph's answers, so a read after a write sees
// it even while an older delta round is still in flight; an item's ETag counter (the N of
// "guid,N") decides which of two copies is newer, and items this store deleted stay deleted.
// Two things the feed may do that the snapshot survives:
// - 410 Gone when the token has expired (listitem-delta, Response): the round starts a fresh
//   enumeration (from the Location header Graph gives, else from scratch) and afterwards drops
//   every cached item the enumeration did not return. Both resync codes come to the same here:
//   the store writes straight to SharePoint, so it holds no change the server does not know.
// - An item without `fields` (a link that lost the first request's $expand, although the
//   documentation says tokens keep it): its fields are read by id, in $batch GETs, so no item is
//   ever decoded without its columns. An item with no Golden Thread id was not written by the
//   app (a row added by hand) and is left out.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { GraphApi } from '../graph/graph-api.js';
import { GraphRequestError, partError } from '../graph/graph-errors.js';
import {
  decodeItem,
  etagCounter,
  hasDomainId,
  selectFor,
  slimmed,
  type SpItem,
} from '../mapping/index.js';
import type { ListSpec } from '../schema/index.js';

export const PAGE_SIZE = 999;

type DeltaItem = ListItem & { deleted?: unknown };

/**
 * Answers a round's first request instead of a GET of its own: the path the round starts at in,
 * its answer out (or the part's error). refresh-lists.ts uses it to send several lists' first
 * requests as parts of one $batch.
 */
export type FirstPage = (path: string) => Promise<DeltaAnswer>;

export interface DeltaAnswer {
  value: DeltaItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export class ListCache {
  private readonly items = new Map<number, SpItem>();
  private readonly spIdOf = new Map<string, number>();
  private readonly deletedHere = new Set<number>();
  private deltaPath: string | null = null;
  private inflight: Promise<void> | null = null;
  private resyncSeen: Set<number> | null = null;
  private changes = 0;
  private refreshedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly graph: GraphApi,
    readonly spec: ListSpec,
    /** The list's Graph path (`sites/…/lists/…`). */
    readonly listPath: string,
    /** A monotonic clock in milliseconds, for the freshness window. */
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Moves whenever an item is added, replaced or removed: the list's part of a change token. */
  get revision(): number {
    return this.changes;
  }

  /**
   * Brings the snapshot up to date; concurrent callers share one round. With `withinMs`, a
   * snapshot whose last round began less than that long ago (on the monotonic clock) is
   * served as it is: the store's freshness window.
   */
  refresh(withinMs = 0, first?: FirstPage): Promise<void> {
    if (this.inflight) return this.inflight;
    const started = this.now();
    if (withinMs > 0 && started - this.refreshedAt < withinMs) return Promise.resolve();
    this.inflight = this.round(first)
      .then(() => {
        // From when the round began: whatever changed after that may not be in it.
        this.refreshedAt = started;
      })
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }

  /** True when `refresh(withinMs)` would start a round of its own (none in flight, window out). */
  due(withinMs = 0): boolean {
    if (this.inflight) return false;
    return !(withinMs > 0 && this.now() - this.refreshedAt < withinMs);
  }

  /** True once a round has completed: the snapshot holds the whole list, if perhaps stale. */
  get loaded(): boolean {
    return this.refreshedAt > Number.NEGATIVE_INFINITY;
  }

  /** Where the next round starts: the deltaLink, or a first enumeration. */
  nextPath(): string {
    return this.deltaPath ?? this.initialPath();
  }

  private initialPath(): string {
    return `${this.listPath}/items/delta?${selectFor(this.spec)}&$top=${PAGE_SIZE}`;
  }

  private async round(first?: FirstPage): Promise<void> {
    try {
      await this.enumerate(this.nextPath(), null, first);
    } catch (error) {
      if (!(error instanceof GraphRequestError) || error.status !== 410) throw error;
      this.deltaPath = null;
      // Items the store writes while this runs count as seen: they are newer than the listing.
      const seen = new Set<number>();
      this.resyncSeen = seen;
      try {
        await this.enumerate(this.restartPath(error.location), seen);
      } finally {
        this.resyncSeen = null;
      }
      for (const spId of [...this.items.keys()]) if (!seen.has(spId)) this.remove(spId);
    }
  }

  /** Graph's Location when it is a link this client can follow, else a first delta call. */
  private restartPath(location: string | null): string {
    if (location) {
      try {
        return this.graph.relative(location);
      } catch {
        // a link elsewhere: start from scratch instead
      }
    }
    return this.initialPath();
  }

  private async enumerate(
    start: string,
    seen: Set<number> | null,
    first?: FirstPage,
  ): Promise<void> {
    let path = start;
    let read: FirstPage | undefined = first;
    for (;;) {
      // The first page may come from a batch; a nextLink is followed on its own.
      const answer = await (read ? read(path) : this.graph.get<DeltaAnswer>(path));
      read = undefined;
      await this.applyPage(answer.value, seen);
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

  private async applyPage(entries: DeltaItem[], seen: Set<number> | null): Promise<void> {
    const bare: number[] = [];
    for (const entry of entries) {
      const spId = Number(entry.id);
      if (entry.deleted) {
        this.remove(spId);
        continue;
      }
      seen?.add(spId);
      if (entry.fields) this.applyGraph(entry);
      else bare.push(spId);
    }
    if (bare.length > 0) await this.fetchFields(bare);
  }

  /** Reads items that came without their fields; one gone meanwhile is treated as deleted. */
  private async fetchFields(spIds: number[]): Promise<void> {
    const answers = await this.graph.batch(
      spIds.map((spId) => ({
        id: String(spId),
        method: 'GET' as const,
        url: `${this.listPath}/items/${spId}?${selectFor(this.spec)}`,
      })),
    );
    for (const spId of spIds) {
      const answer = answers.get(String(spId));
      if (answer?.status === 404) {
        this.remove(spId);
        continue;
      }
      if (!answer || answer.status !== 200) {
        const why = partError(answer?.status ?? 500, answer?.body, answer?.headers);
        throw new GraphRequestError(
          why.status,
          why.code,
          `${this.spec.title} item ${spId} came from delta without fields and could not be read: ${why.message}`,
        );
      }
      this.applyGraph(answer.body as DeltaItem);
    }
  }

  private applyGraph(entry: DeltaItem): void {
    const spId = Number(entry.id);
    if (this.deletedHere.has(spId)) return;
    if (!hasDomainId(this.spec, entry)) {
      this.remove(spId);
      return;
    }
    this.put(decodeItem(this.spec, entry));
  }

  /** Keeps the newer of the cached and the given copy (without its read-on-demand fields). */
  put(given: SpItem): void {
    const item = slimmed(this.spec, given);
    this.resyncSeen?.add(item.spId);
    const current = this.items.get(item.spId);
    if (current && etagCounter(current.item.version) > etagCounter(item.item.version)) return;
    if (current?.item.version !== item.item.version || current.item.id !== item.item.id)
      this.changes += 1;
    this.items.set(item.spId, item);
    this.spIdOf.set(item.item.id, item.spId);
  }

  remove(spId: number, byThisStore = false): void {
    const item = this.items.get(spId);
    if (item && this.spIdOf.get(item.item.id) === spId) this.spIdOf.delete(item.item.id);
    if (item) this.changes += 1;
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
