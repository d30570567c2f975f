// The nudge cycle (issue 4). Exactly once, as far as Teams allows:
// 1. Only the holder of the `nudge-cycle` lease runs (optimistic concurrency; see lease.ts).
// 2. For each person, their reminders are claimed in the ledger as `pending` BEFORE the send
//    (ledger.ts), then ONE digest goes, then every claimed entry is completed AFTER it: sent,
//    failed (with attempts; a later cycle retries), or permanent-failure (403/404).
// 3. A pending entry left by a dead cycle is ambiguous: the crash came before the send or after it.
//    If the sender can tell (wasDelivered), it decides; otherwise the digest is sent again —
//    at-least-once, never a miss. That duplicate window is only the time between Teams accepting
//    the message and the completion commit (one SQLite transaction, milliseconds).
import { randomUUID } from 'node:crypto';
import type { NudgePlan, PlannedReminder } from '../../domain/reminders/index.js';
import { openDueKeyActionUpdates } from '../key-action-updates/open-updates.js';
import type { AppDeps } from '../deps.js';
import { buildDigest, groupByRecipient } from './digest.js';
import { deliverDigest, type RetryPolicy } from './deliver.js';
import { gatherCycle } from './gather.js';
import { planCycle } from './plan-cycle.js';
import { sourceOf } from './sources/index.js';
import { acquireLease, LeaseLostError, type Lease } from './lease.js';
import { claimReminders, completeClaims, type Claim } from './ledger.js';
import type { RateLimiter } from './rate-limiter.js';
import type { DigestSender } from './sender.js';
import type { Timer } from './timer.js';

export const NUDGE_LEASE = 'nudge-cycle';

export interface CycleOptions {
  sender: DigestSender;
  limiter: RateLimiter;
  timer: Timer;
  /** This instance's name; each cycle adds its own id. */
  instance?: string;
  leaseTtlMs?: number;
  /** Failed entries are retried by later cycles until they have had this many attempts. */
  maxAttempts?: number;
  retry?: RetryPolicy;
  /** Digests in flight at once (the limiter keeps them within Teams' limits). */
  parallel?: number;
  /** Called after each digest is completed (tests and the benchmark watch progress). */
  onDigest?: (recipientId: string, status: string) => void;
}

export interface CycleReport {
  ran: boolean;
  why: string | null;
  day: string;
  planned: number;
  digests: number;
  sent: number;
  failed: number;
  permanent: number;
  skipped: number;
  resent: number;
  reconciled: number;
}

function report(plan: NudgePlan | null, ran: boolean, why: string | null): CycleReport {
  return {
    ran,
    why,
    day: plan?.day ?? '',
    planned: plan?.reminders.length ?? 0,
    digests: 0,
    sent: 0,
    failed: 0,
    permanent: 0,
    skipped: 0,
    resent: 0,
    reconciled: 0,
  };
}

export async function runNudgeCycle(deps: AppDeps, o: CycleOptions): Promise<CycleReport> {
  const holder = `${o.instance ?? 'instance'}/${randomUUID()}`;
  const ttl = o.leaseTtlMs ?? 120_000;
  const lease = await acquireLease(deps.store, NUDGE_LEASE, holder, ttl, o.timer.now());
  if (!lease) return report(null, false, 'another instance holds the nudge lease');
  try {
    const at = deps.clock.now().toISOString();
    // Periods end while the server runs: key-action updates come due here, under the lease, so
    // two instances never open the same one (returns are opened at start-up).
    await openDueKeyActionUpdates(deps);
    const data = await gatherCycle(deps.store, at);
    const plan = planCycle(data.input);
    const out = report(plan, true, plan.quiet);
    if (plan.quiet) return out;
    const queue = [...groupByRecipient(plan.reminders).entries()];
    const work = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await onePerson(deps, o, lease, next[0], next[1], data, out);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, o.parallel ?? 1) }, work));
    return out;
  } catch (err) {
    if (err instanceof LeaseLostError) return { ...report(null, true, err.message) };
    throw err;
  } finally {
    await lease.release(o.timer.now());
  }
}

async function stillDue(deps: AppDeps, claims: Claim[]): Promise<[Claim[], Claim[]]> {
  const waiting = await Promise.all(
    claims.map((c) => {
      const { source, id } = sourceOf(c.reminder.returnId);
      return source.stillDue(deps.store, id);
    }),
  );
  const due: Claim[] = [];
  const gone: Claim[] = [];
  claims.forEach((c, i) => (waiting[i] ? due : gone).push(c));
  return [due, gone];
}

async function onePerson(
  deps: AppDeps,
  o: CycleOptions,
  lease: Lease,
  recipientId: string,
  reminders: PlannedReminder[],
  data: Awaited<ReturnType<typeof gatherCycle>>,
  out: CycleReport,
): Promise<void> {
  await lease.renew(o.timer.now());
  const at = new Date(o.timer.now()).toISOString();
  const claimed = await claimReminders(deps.store, reminders, {
    holder: lease.holder,
    at,
    maxAttempts: o.maxAttempts ?? 8,
  });
  if (!claimed.length) return;
  // Reminders stop the moment a return is submitted: look again now, after the claim.
  const [due, gone] = await stillDue(deps, claimed);
  if (gone.length) {
    await completeClaims(deps.store, gone, {
      status: 'skipped',
      attempts: 0,
      sentAt: null,
      error: null,
      reasonSuffix: '— not sent: submitted before it went',
    });
    out.skipped += gone.length;
  }
  if (!due.length) return;
  const digest = buildDigest(
    recipientId,
    due.map((c) => c.reminder),
    data,
  );
  const interrupted = due.filter((c) => c.interrupted);
  if (interrupted.length && o.sender.wasDelivered) {
    const delivered = await o.sender.wasDelivered(recipientId, digest.marker);
    if (delivered) {
      await completeClaims(deps.store, due, {
        status: 'sent',
        attempts: 0,
        sentAt: interrupted[0]!.entry.fields.attemptedAt ?? at,
        error: null,
        reasonSuffix: '(confirmed delivered after an interrupted cycle)',
      });
      out.reconciled += due.length;
      o.onDigest?.(recipientId, 'reconciled');
      return;
    }
  }
  if (interrupted.length) out.resent += interrupted.length;
  const { outcome, attempts } = await deliverDigest(digest, {
    sender: o.sender,
    limiter: o.limiter,
    timer: o.timer,
    retry: o.retry,
    beforeAttempt: () => lease.renew(o.timer.now()),
  });
  out.digests++;
  if (outcome.kind === 'sent') {
    await completeClaims(deps.store, due, {
      status: 'sent',
      attempts,
      sentAt: new Date(o.timer.now()).toISOString(),
      error: null,
    });
    out.sent += due.length;
  } else {
    const status = outcome.kind === 'permanent' ? 'permanent-failure' : 'failed';
    const code =
      'status' in outcome && outcome.status
        ? `${outcome.status} `
        : outcome.kind === 'throttled'
          ? '429 '
          : '';
    await completeClaims(deps.store, due, {
      status,
      attempts,
      sentAt: null,
      error: `${code}${outcome.message}`.slice(0, 500),
    });
    if (status === 'failed') out.failed += due.length;
    else out.permanent += due.length;
  }
  o.onDigest?.(recipientId, outcome.kind);
}
