// Counts what goes to Graph, overall and per store operation, two ways: `roundTrips`, the HTTP
// requests sent (retries included), and `requestCount`, the requests Graph carries out, where a
// $batch counts once per part: Graph evaluates each part of a batch against the throttling
// limits on its own ("each request is evaluated individually against the applicable limits",
// https://learn.microsoft.com/graph/throttling , and json-batching), so the part count is what
// a tenant's budget sees. The per-operation counts ride on AsyncLocalStorage so concurrent
// operations do not pollute each other's figures.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from '@microsoft/microsoft-graph-client';
import { Behaviour, methodOf, urlOf } from './behaviour.js';

export interface GraphStats {
  /** Requests Graph carries out, each $batch part counted, retries included: `requestCount`. */
  requestCount: number;
  /** HTTP requests sent to Graph (a $batch is one), retries included: `roundTrips`. */
  roundTrips: number;
  retries: number;
  throttled: number;
}

export interface OperationCounter {
  requests: number;
  roundTrips: number;
}

export const operationScope = new AsyncLocalStorage<OperationCounter>();

/** How many requests one HTTP request carries: the parts of a $batch, else one. */
export function partsOf(context: Context): number {
  if (methodOf(context) !== 'POST' || !/\/\$batch(\?|$)/.test(urlOf(context))) return 1;
  try {
    const body = JSON.parse(String(context.options?.body ?? '')) as { requests?: unknown[] };
    return Array.isArray(body.requests) ? Math.max(1, body.requests.length) : 1;
  } catch {
    return 1;
  }
}

export class CountBehaviour extends Behaviour {
  constructor(private readonly stats: GraphStats) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const parts = partsOf(context);
    this.stats.requestCount += parts;
    this.stats.roundTrips += 1;
    const op = operationScope.getStore();
    if (op) {
      op.requests += parts;
      op.roundTrips += 1;
    }
    await this.next(context);
  }
}
