// Time for the nudge cycle's waits (Retry-After, backoff, rate limits), injected so tests run a
// simulated clock with no real waiting (STYLE.md principle 7) and the benchmark a compressed one.
export interface Timer {
  /** Milliseconds since some fixed origin. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * A clock that runs `factor` times faster than the wall clock: limits expressed per second of
 * this clock are `factor` times the real ones. The benchmark gives the same clock to the limiter
 * and to the connector stand-in, so the ratio to the minimum is honest in either unit.
 */
export function compressedTimer(factor: number, origin = Date.now()): Timer {
  if (!(factor >= 1)) throw new RangeError('factor must be ≥ 1');
  return {
    now: () => origin + (Date.now() - origin) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / factor))),
  };
}

/** Simulated time: sleeping moves the clock on at once (tests). */
export function simulatedTimer(start = 0): Timer & { advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    sleep: async (ms) => {
      t += Math.max(0, ms);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
