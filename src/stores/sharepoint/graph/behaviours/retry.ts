// Throttling and transient faults. 429 and 503 wait for Retry-After (seconds or an HTTP date; an
// exponential backoff when absent) plus jitter, and retry a bounded number of times: Graph's
// throttling guidance, https://learn.microsoft.com/graph/throttling . A throttled request was not
// carried out, so any method may be repeated. A timeout or a dropped connection is different:
// the request may have landed, so only safe ones are repeated (GET, or a $batch of GETs).
import type { Context } from '@microsoft/microsoft-graph-client';
import { Behaviour, methodOf, urlOf } from './behaviour.js';
import type { GraphStats } from './count.js';

export interface RetryOptions {
  maxRetries?: number;
  /** Longest single wait; a longer Retry-After gives up instead. */
  maxDelayMs?: number;
  baseDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE = new Set([429, 503]);

export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function isSafeToRepeat(context: Context): boolean {
  const method = methodOf(context);
  if (method === 'GET' || method === 'HEAD') return true;
  if (method !== 'POST' || !/\/\$batch(\?|$)/.test(urlOf(context))) return false;
  try {
    const body = JSON.parse(String(context.options?.body ?? '')) as {
      requests?: { method: string }[];
    };
    return (body.requests ?? []).every((r) => r.method.toUpperCase() === 'GET');
  } catch {
    return false;
  }
}

export class RetryBehaviour extends Behaviour {
  private readonly maxRetries: number;
  private readonly maxDelayMs: number;
  private readonly baseDelayMs: number;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly stats: GraphStats,
    options: RetryOptions = {},
  ) {
    super();
    this.maxRetries = options.maxRetries ?? 5;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Up to 20% extra, so many clients told the same Retry-After do not return in step. */
  private withJitter(ms: number): number {
    return Math.round(ms * (1 + 0.2 * this.random()));
  }

  private backoff(attempt: number): number {
    return this.baseDelayMs * 2 ** attempt;
  }

  async execute(context: Context): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      let failure: unknown = null;
      try {
        context.response = undefined;
        await this.next(context);
      } catch (error) {
        failure = error;
      }
      const last = attempt >= this.maxRetries;
      if (failure !== null) {
        if (last || !isSafeToRepeat(context)) throw failure;
        this.stats.retries += 1;
        await this.sleep(this.withJitter(this.backoff(attempt)));
        continue;
      }
      const response = context.response as Response | undefined;
      if (!response || !RETRYABLE.has(response.status) || last) return;
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? this.backoff(attempt);
      if (wait > this.maxDelayMs) return;
      this.stats.throttled += 1;
      this.stats.retries += 1;
      await response.body?.cancel().catch(() => undefined);
      await this.sleep(this.withJitter(wait));
    }
  }
}
