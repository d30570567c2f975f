// One digest to one person, within Teams' limits: wait for a slot, send, and on a 429 wait for
// Retry-After (at least the exponential backoff, with jitter, as the Teams rate-limit page
// advises), on a 5xx retry a bounded number of times, on 403/404 give up at once (permanent).
import type { RateLimiter } from './rate-limiter.js';
import type { Digest, DigestSender, SendOutcome } from './sender.js';
import type { Timer } from './timer.js';

export interface RetryPolicy {
  maxThrottled: number;
  maxTransient: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxThrottled: 5,
  maxTransient: 3,
  baseBackoffMs: 1_000,
  maxBackoffMs: 30_000,
};

export interface Delivery {
  outcome: SendOutcome;
  attempts: number;
}

function backoff(policy: RetryPolicy, n: number, random: () => number): number {
  const exp = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** (n - 1));
  return exp / 2 + (random() * exp) / 2;
}

export async function deliverDigest(
  digest: Digest,
  io: {
    sender: DigestSender;
    limiter: RateLimiter;
    timer: Timer;
    retry?: RetryPolicy;
    random?: () => number;
    /** Called before every attempt (the cycle renews its lease here; throws when lost). */
    beforeAttempt?: () => Promise<void>;
  },
): Promise<Delivery> {
  const policy = io.retry ?? DEFAULT_RETRY;
  const random = io.random ?? Math.random;
  let throttled = 0;
  let transient = 0;
  for (let attempts = 1; ; attempts++) {
    await io.beforeAttempt?.();
    const answered = await io.limiter.acquire(digest.recipientId);
    const outcome = await io.sender.send(digest).finally(answered);
    if (outcome.kind === 'sent' || outcome.kind === 'permanent') return { outcome, attempts };
    if (outcome.kind === 'throttled') {
      if (++throttled > policy.maxThrottled) return { outcome, attempts };
      const wait = Math.max(outcome.retryAfterMs ?? 0, backoff(policy, throttled, random));
      io.limiter.backOff(digest.recipientId, wait);
      continue;
    }
    if (++transient > policy.maxTransient) return { outcome, attempts };
    await io.timer.sleep(backoff(policy, transient, random));
  }
}
