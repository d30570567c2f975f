// The one Graph client wrapper (STYLE.md: one HTTP client). Built with
// Client.initWithMiddleware and the behaviours, in this order: auth → retry → count → timeout →
// fetch, so every attempt is counted and timed, and retries reuse one token.
import type { TokenCredential } from '@azure/identity';
import { Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import {
  AuthBehaviour,
  CountBehaviour,
  RetryBehaviour,
  TimeoutBehaviour,
  type GraphStats,
  type RetryOptions,
} from './behaviours/index.js';
import { runBatch, type BatchRequest, type BatchResponse } from './batch.js';
import { toGraphRequestError } from './graph-errors.js';

export interface GraphApiOptions {
  /** e.g. `https://graph.microsoft.com/v1.0`, or the emulator's `http://127.0.0.1:port/v1.0`. */
  baseUrl: string;
  credential: TokenCredential;
  timeoutMs?: number;
  retry?: RetryOptions;
}

export interface GraphApi {
  get<T>(path: string, headers?: Record<string, string>): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  delete(path: string, headers?: Record<string, string>): Promise<void>;
  /** Sends parts in $batch requests of at most 20, retrying throttled parts (see batch.ts). */
  batch(parts: BatchRequest[]): Promise<Map<string, BatchResponse>>;
  /** A nextLink or deltaLink as a path the client can request. */
  relative(url: string): string;
  readonly stats: GraphStats;
  readonly retry: Required<Pick<RetryOptions, 'sleep'>>;
}

export function createGraphApi(options: GraphApiOptions): GraphApi {
  const base = options.baseUrl.replace(/\/+$/, '');
  const cut = base.lastIndexOf('/');
  const stats: GraphStats = { requestCount: 0, roundTrips: 0, retries: 0, throttled: 0 };
  const sleep =
    options.retry?.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const chain = [
    new AuthBehaviour(options.credential),
    new RetryBehaviour(stats, { ...options.retry, sleep }),
    new CountBehaviour(stats),
    new TimeoutBehaviour(options.timeoutMs ?? 30_000),
  ];
  chain.forEach((link, i) => link.setNext(chain[i + 1] ?? new HTTPMessageHandler()));
  const client = Client.initWithMiddleware({
    baseUrl: base.slice(0, cut),
    defaultVersion: base.slice(cut + 1),
    middleware: chain[0],
  });
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toGraphRequestError(error);
    }
  };
  const api: GraphApi = {
    stats,
    retry: { sleep },
    get: (path, headers = {}) => call(() => client.api(path).headers(headers).get()),
    post: (path, body) => call(() => client.api(path).post(body)),
    patch: (path, body, headers = {}) => call(() => client.api(path).headers(headers).patch(body)),
    delete: (path, headers = {}) => call(() => client.api(path).headers(headers).delete()),
    batch: (parts) =>
      runBatch(parts, (requests) => call(() => client.api('/$batch').post({ requests })), sleep),
    relative(url) {
      if (!url.startsWith(base)) throw new Error(`link ${url} is not under ${base}`);
      return url.slice(base.length);
    },
  };
  return api;
}
