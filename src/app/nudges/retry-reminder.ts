// The performance team clears a failed reminder once the cause is fixed (the person re-added, the
// app reinstalled). The cycle only plans today's reminders, so the ledger key of an older day is
// never claimed again: today's failure is put back (failed, no attempts) for the next cycle to
// send; an older one is closed as not sent — the return's next reminder goes as the policy plans.
// Either way the change is audited against the person who made it, through the tab.
import { NotFoundError, WorkflowError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { adminContext, requireAdmin } from '../admin/require-admin.js';
import type { AppDeps } from '../deps.js';
import { describeEntries, PROBLEM_STATUSES, type DeliveryRow } from './delivery-problems.js';

export interface RetryResult {
  /** `retry`: the next cycle sends it; `closed`: its day has passed, so it is closed as not sent. */
  outcome: 'retry' | 'closed';
  entry: DeliveryRow;
}

export async function retryReminder(
  deps: AppDeps,
  actor: Pick<Person, 'id' | 'roles'>,
  id: string,
  version: string,
): Promise<RetryResult> {
  requireAdmin(actor);
  const item = await deps.store.get('reminderLedger', id);
  if (!item) throw new NotFoundError(`No reminder with id ${id}`);
  if (!PROBLEM_STATUSES.includes(item.fields.status)) {
    throw new WorkflowError(
      `Only a failed reminder can be tried again; this one is ${item.fields.status}`,
      'not-failed',
    );
  }
  const [row] = await describeEntries(deps, [item]);
  const who = `by the performance team after: ${item.fields.error ?? 'a failure'}`;
  if (row!.retryable) {
    // Stale versions are refused by the store (409): the cycle may have claimed it meanwhile.
    const updated = await deps.store.update(
      'reminderLedger',
      id,
      version,
      {
        status: 'failed',
        attempts: 0,
        error: null,
        reason: `${item.fields.reason} (retried ${who})`,
      },
      adminContext(actor, 'reminder.retry-requested'),
    );
    return { outcome: 'retry', entry: (await describeEntries(deps, [updated]))[0]! };
  }
  const updated = await deps.store.update(
    'reminderLedger',
    id,
    version,
    { status: 'skipped', reason: `${item.fields.reason} — cleared ${who}` },
    adminContext(actor, 'reminder.cleared'),
  );
  return { outcome: 'closed', entry: (await describeEntries(deps, [updated]))[0]! };
}
