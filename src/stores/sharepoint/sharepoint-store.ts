// The tenant store: the Store port over SharePoint lists through Microsoft Graph. Reads come
// from per-list snapshots kept fresh by delta queries (list-cache.ts); writes go through
// write-plan.ts and write-run.ts. Every operation's Graph requests (each $batch part counted)
// and round trips (HTTP requests) are logged at debug level and summed in `metrics()`.
import type { AuditEntry } from '../../domain/model/types.js';
import type {
  AuditQuery,
  Filter,
  ListName,
  ListShapes,
  QueryOptions,
  Store,
  StoredItem,
  WriteContext,
  WriteOp,
  WriteResult,
} from '../../domain/ports/store.js';
import { operationScope, type GraphStats } from './graph/behaviours/index.js';
import type { GraphApi } from './graph/graph-api.js';
import { matches, orderItems, planQuery } from './mapping/index.js';
import { AUDIT_LIST, ENTITY_LISTS } from './schema/index.js';
import { selectAudit, withBodies } from './store/audit-entries.js';
import { ListCache } from './store/list-cache.js';
import { RefreshQueue } from './store/refresh-lists.js';
import { listPath, loadSiteLists, type SiteLists } from './store/site-lists.js';
import { assertListName } from './store/write-context.js';
import { planSteps, validateOps, type Step } from './store/write-plan.js';
import { runSteps, type RunDeps } from './store/write-run.js';
import { StaleWriteError } from './store/write-errors.js';
import { ConflictError, NotFoundError } from '../../domain/errors/errors.js';

export interface DebugLogger {
  debug(details: object, message: string): void;
}

export interface SharePointStoreOptions {
  graph: GraphApi;
  /** The site id, or its URL (`https://contoso.sharepoint.com/sites/performance`). */
  site: string;
  clock?: () => Date;
  logger?: DebugLogger;
  /**
   * How long a list read by delta may be served again from memory before the next read asks
   * Graph what changed (milliseconds; 0, the default, asks on every read). The store's own
   * writes are in the snapshot at once whatever the window; a change made elsewhere (another
   * server instance, a person editing the list) is seen within the window.
   */
  freshnessMs?: number;
  /** A monotonic clock for the freshness window (default `performance.now`). */
  monotonicMs?: () => number;
}

export interface SharePointStore extends Store {
  metrics(): GraphStats;
}

export function openSharePointStore(options: SharePointStoreOptions): SharePointStore {
  const { graph } = options;
  const clock = options.clock ?? (() => new Date());
  let site: Promise<SiteLists> | null = null;
  const caches = new Map<string, ListCache>();
  const monotonic = options.monotonicMs ?? (() => performance.now());

  const siteLists = (): Promise<SiteLists> => {
    site ??= loadSiteLists(graph, options.site).catch((error: unknown) => {
      site = null;
      throw error;
    });
    return site;
  };

  const cacheFor = async (key: string): Promise<ListCache> => {
    const lists = await siteLists();
    let cache = caches.get(key);
    if (!cache) {
      const spec = key === AUDIT_LIST.key ? AUDIT_LIST : ENTITY_LISTS[key as ListName];
      cache = new ListCache(graph, spec, listPath(lists, spec.title), monotonic);
      caches.set(key, cache);
    }
    return cache;
  };

  const freshnessMs = options.freshnessMs ?? 0;
  // Refreshes asked for in one turn of the event loop (a Promise.all of reads, changeToken's
  // lists) go to Graph together, as parts of one $batch.
  const queue = new RefreshQueue(graph);
  /** A list's snapshot for reading: within the freshness window, as it is. */
  const fresh = async (key: string): Promise<ListCache> => {
    const cache = await cacheFor(key);
    await queue.refresh(cache, freshnessMs);
    return cache;
  };
  /** Asks Graph what changed in every one of these lists, in one round trip. */
  const refreshAll = (caches: Iterable<ListCache>): Promise<unknown> =>
    Promise.all([...caches].map((cache) => queue.refresh(cache, 0)));

  /** Runs one port operation, counting its Graph requests. */
  const counted = async <T>(
    op: string,
    list: string | undefined,
    work: () => Promise<T>,
  ): Promise<T> => {
    const counter = { requests: 0, roundTrips: 0 };
    try {
      return await operationScope.run(counter, work);
    } finally {
      options.logger?.debug(
        {
          op,
          list,
          graphRequests: counter.requests,
          roundTrips: counter.roundTrips,
          requestCount: graph.stats.requestCount,
        },
        'sharepoint store operation',
      );
    }
  };

  /**
   * Writes plan from the snapshots as they are, however old: every update and delete carries
   * If-Match with the version planned from, and the Golden Thread id column enforces unique
   * values (schema/meta-columns.ts; Graph answers 409 to a duplicate), so a stale snapshot can
   * cost a retry but never let a wrong write through. A list this store has never read is
   * loaded first (planning needs its items). When planning refuses (a version or an item the
   * snapshot does not know yet) or Graph answers 412, the lists are refreshed, in one round
   * trip, and the write planned and sent once more; what is refused then is reported. The audit
   * list is only appended to, so it is never read before a write.
   */
  const writeMany = async (ops: WriteOp[], ctx: WriteContext): Promise<WriteResult[]> => {
    validateOps(ops, ctx);
    if (ops.length === 0) return [];
    const sites = await siteLists();
    const lists = [...new Set(ops.map((o) => o.list))];
    const loaded = new Map<string, ListCache>();
    for (const list of lists) loaded.set(list, await cacheFor(list));
    const audit = await cacheFor(AUDIT_LIST.key);
    const unread = [...loaded.values()].filter((cache) => !cache.loaded);
    await refreshAll(unread);
    let refreshed = unread.length === loaded.size;
    const plan = (): Step[] =>
      planSteps(
        ops,
        ctx,
        (list) => {
          const cache = loaded.get(list)!;
          return {
            spec: cache.spec,
            path: listPath(sites, cache.spec.title),
            current: (id) => cache.byId(id),
          };
        },
        clock().toISOString(),
      );
    let steps: Step[];
    try {
      steps = plan();
    } catch (error) {
      const stale = error instanceof ConflictError || error instanceof NotFoundError;
      if (refreshed || !stale) throw error;
      await refreshAll(loaded.values());
      refreshed = true;
      steps = plan();
    }
    const deps: RunDeps = {
      graph,
      auditPath: listPath(sites, AUDIT_LIST.title),
      cacheOf: (list) => loaded.get(list)!,
      auditCache: audit,
      staleIsRetryable: true,
    };
    try {
      return await runSteps(deps, steps);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      await refreshAll(loaded.values());
      return runSteps({ ...deps, staleIsRetryable: false }, plan());
    }
  };

  return {
    metrics: () => ({ ...graph.stats }),

    get<L extends ListName>(list: L, id: string): Promise<StoredItem<ListShapes[L]> | null> {
      return counted('get', list, async () => {
        assertListName(list);
        const found = (await fresh(list)).byId(id);
        return (found?.item ?? null) as StoredItem<ListShapes[L]> | null;
      });
    },

    query<L extends ListName>(
      list: L,
      filter?: Filter<ListShapes[L]>,
      query?: QueryOptions<ListShapes[L]>,
    ): Promise<StoredItem<ListShapes[L]>[]> {
      return counted('query', list, async () => {
        assertListName(list);
        const plan = planQuery(filter as Record<string, unknown> | undefined);
        const items = (await fresh(list)).all().filter((i) => matches(i, plan.residual));
        return orderItems(items, query).map((i) => i.item) as StoredItem<ListShapes[L]>[];
      });
    },

    create<L extends ListName>(
      list: L,
      fields: ListShapes[L],
      ctx: WriteContext,
      id?: string,
    ): Promise<StoredItem<ListShapes[L]>> {
      return counted('create', list, async () => {
        const [result] = await writeMany(
          [{ kind: 'create', list, id, fields: fields as Record<string, unknown> }],
          ctx,
        );
        return (await cacheFor(list)).byId(result!.id)!.item as StoredItem<ListShapes[L]>;
      });
    },

    update<L extends ListName>(
      list: L,
      id: string,
      version: string,
      patch: Partial<ListShapes[L]>,
      ctx: WriteContext,
    ): Promise<StoredItem<ListShapes[L]>> {
      return counted('update', list, async () => {
        await writeMany(
          [{ kind: 'update', list, id, version, patch: patch as Record<string, unknown> }],
          ctx,
        );
        return (await cacheFor(list)).byId(id)!.item as StoredItem<ListShapes[L]>;
      });
    },

    delete(list: ListName, id: string, version: string, ctx: WriteContext): Promise<void> {
      return counted('delete', list, async () => {
        await writeMany([{ kind: 'delete', list, id, version }], ctx);
      });
    },

    writeMany(ops: WriteOp[], ctx: WriteContext): Promise<WriteResult[]> {
      return counted('writeMany', undefined, () => writeMany(ops, ctx));
    },

    audit(query: AuditQuery): Promise<AuditEntry[]> {
      return counted('audit', query.list, async () => {
        if (query.list !== undefined) assertListName(query.list);
        const cache = await fresh(AUDIT_LIST.key);
        return withBodies(graph, cache.listPath, selectAudit(cache.all(), query));
      });
    },

    changeToken(lists: readonly ListName[]): Promise<string> {
      return counted('changeToken', undefined, async () => {
        for (const list of lists) assertListName(list);
        const snapshots = await Promise.all(lists.map((list) => fresh(list)));
        return snapshots.map((cache) => cache.revision).join('.');
      });
    },

    async close(): Promise<void> {
      caches.clear();
    },
  };
}
