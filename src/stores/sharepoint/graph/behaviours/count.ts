// Counts every HTTP request that goes to Graph (retries included), overall and per store
// operation. The per-operation count rides on AsyncLocalStorage so concurrent operations do not
// pollute each other's figures.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from '@microsoft/microsoft-graph-client';
import { Behaviour } from './behaviour.js';

export interface GraphStats {
  /** HTTP requests sent to Graph, retries included: the `requestCount` metric. */
  requestCount: number;
  retries: number;
  throttled: number;
}

export interface OperationCounter {
  requests: number;
}

export const operationScope = new AsyncLocalStorage<OperationCounter>();

export class CountBehaviour extends Behaviour {
  constructor(private readonly stats: GraphStats) {
    super();
  }

  async execute(context: Context): Promise<void> {
    this.stats.requestCount += 1;
    const op = operationScope.getStore();
    if (op) op.requests += 1;
    await this.next(context);
  }
}
