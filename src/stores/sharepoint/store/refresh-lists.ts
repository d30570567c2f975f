// Several lists' snapshots refreshed in one round trip: the first delta request of every list due
// for a round goes as one part of a $batch (at most 20 parts a batch,
// https://learn.microsoft.com/graph/json-batching); a list whose answer has a nextLink follows it
// on its own, and a part answered 410 (expired token) resyncs as list-cache.ts does for a GET.
// Graph still counts every part against throttling, so this saves round trips, not requests; the
// freshness window is what saves requests.
import type { GraphApi } from '../graph/graph-api.js';
import { partError } from '../graph/graph-errors.js';
import type { DeltaAnswer, FirstPage, ListCache } from './list-cache.js';

export interface RefreshAsk {
  cache: ListCache;
  /** The freshness window this caller accepts (0: ask Graph). */
  withinMs: number;
}

/**
 * Starts every asked refresh; returns one promise per ask, in order, so a failure reaches only
 * the callers of the list it belongs to. Asks for the same list share its round.
 */
export function refreshLists(graph: GraphApi, asks: readonly RefreshAsk[]): Promise<void>[] {
  const due: ListCache[] = [];
  for (const { cache, withinMs } of asks) {
    if (cache.due(withinMs) && !due.includes(cache)) due.push(cache);
  }
  if (due.length < 2) return asks.map(({ cache, withinMs }) => cache.refresh(withinMs));
  const paths = due.map((cache) => cache.nextPath());
  const answers = graph.batch(
    paths.map((url, i) => ({ id: String(i), method: 'GET' as const, url })),
  );
  // Each round reports a failed batch itself; this only keeps it from being unhandled.
  answers.catch(() => undefined);
  const firstPage =
    (i: number): FirstPage =>
    async () => {
      const part = (await answers).get(String(i));
      if (part?.status === 200) return part.body as DeltaAnswer;
      throw partError(part?.status ?? 500, part?.body, part?.headers);
    };
  // The rounds of the due lists start here, synchronously, so `nextPath()` above is their start.
  const rounds = new Map(due.map((cache, i) => [cache, cache.refresh(0, firstPage(i))]));
  return asks.map(({ cache, withinMs }) => rounds.get(cache) ?? cache.refresh(withinMs));
}

/**
 * Gathers the refreshes asked for in one turn of the event loop (the reads of a
 * `Promise.all`, a page's lists) and sends them together through `refreshLists`.
 */
export class RefreshQueue {
  private pending: { ask: RefreshAsk; done: (p: Promise<void>) => void }[] = [];

  constructor(private readonly graph: GraphApi) {}

  refresh(cache: ListCache, withinMs: number): Promise<void> {
    if (!cache.due(withinMs)) return cache.refresh(withinMs);
    return new Promise<void>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ ask: { cache, withinMs }, done: (p) => p.then(resolve, reject) });
    });
  }

  private flush(): void {
    const pending = this.pending;
    this.pending = [];
    const rounds = refreshLists(
      this.graph,
      pending.map((p) => p.ask),
    );
    pending.forEach((p, i) => p.done(rounds[i]!));
  }
}
