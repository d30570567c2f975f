// A request budget per time window: past it, 429 Too Many Requests with a Retry-After (whole
// seconds) until the window ends. Requests inside a $batch count one by one, as Graph evaluates
// each against its limits. https://learn.microsoft.com/graph/throttling
import { GraphHttpError } from './errors.js';

export interface ThrottleOptions {
  /** Requests allowed per window; 0 or undefined = no limit. */
  budget?: number;
  windowMs?: number;
}

export interface Throttle {
  /** Throws the 429 when the budget for the current window is spent. */
  admit(): void;
  readonly throttled: number;
  configure(options: ThrottleOptions): void;
}

export function createThrottle(initial: ThrottleOptions, now: () => number): Throttle {
  let options = initial;
  let windowStart = now();
  let used = 0;
  let throttled = 0;
  return {
    get throttled() {
      return throttled;
    },
    configure(next) {
      options = next;
      windowStart = now();
      used = 0;
    },
    admit() {
      const budget = options.budget ?? 0;
      if (budget <= 0) return;
      const windowMs = options.windowMs ?? 1000;
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        used = 0;
      }
      used += 1;
      if (used <= budget) return;
      throttled += 1;
      const seconds = Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000));
      throw new GraphHttpError(429, 'TooManyRequests', 'The request has been throttled', {
        'retry-after': String(seconds),
      });
    },
  };
}
