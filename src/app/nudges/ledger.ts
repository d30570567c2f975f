// The exactly-once ledger (issue 4): one entry per (return, stage, day), keyed by that triple and
// written `pending` BEFORE the send, completed AFTER it. Creating an entry with its key as id is
// refused (ConflictError) when it exists, so two writers can never both claim the same reminder.
import { ConflictError } from '../../domain/errors/errors.js';
import type { PlannedReminder } from '../../domain/reminders/index.js';
import type {
  ReminderLedgerRecord,
  ReminderStatus,
  Store,
  StoredItem,
  WriteContext,
  WriteOp,
} from '../../domain/ports/store.js';

const CTX: WriteContext = { actorId: 'system', channel: 'system', event: 'reminder.ledger' };

export type LedgerItem = StoredItem<ReminderLedgerRecord>;

export interface Claim {
  reminder: PlannedReminder;
  entry: LedgerItem;
  /** The entry was left pending by a cycle that died: the send may or may not have happened. */
  interrupted: boolean;
}

export interface ClaimOptions {
  holder: string;
  at: string;
  /** Failed entries are retried by later cycles until they have had this many attempts. */
  maxAttempts: number;
}

function pendingFields(r: PlannedReminder, o: ClaimOptions): ReminderLedgerRecord {
  return {
    key: r.key,
    returnId: r.returnId,
    stage: r.stage,
    day: r.day,
    recipientId: r.recipientId,
    status: 'pending',
    attempts: 0,
    sentAt: null,
    error: null,
    reason: r.reason,
    holder: o.holder,
    attemptedAt: o.at,
  };
}

/** Claims the reminders nobody has completed: new ones, failed ones, those of a dead cycle. */
export async function claimReminders(
  store: Store,
  reminders: PlannedReminder[],
  o: ClaimOptions,
): Promise<Claim[]> {
  const existing = await Promise.all(reminders.map((r) => store.get('reminderLedger', r.key)));
  const fresh = reminders.filter((_, i) => !existing[i]);
  const claims: Claim[] = [];
  if (fresh.length) {
    try {
      const ops: WriteOp[] = fresh.map((r) => ({
        kind: 'create',
        list: 'reminderLedger',
        id: r.key,
        fields: { ...pendingFields(r, o) },
      }));
      const written = await store.writeMany(ops, CTX);
      written.forEach((w, i) =>
        claims.push({
          reminder: fresh[i]!,
          entry: {
            id: w.id,
            version: w.version!,
            fields: pendingFields(fresh[i]!, o),
          } as LedgerItem,
          interrupted: false,
        }),
      );
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      // Someone wrote one of them between our read and our write: claim one by one below.
      return claimReminders(store, reminders, o);
    }
  }
  for (const [i, r] of reminders.entries()) {
    const item = existing[i];
    if (!item) continue;
    const f = item.fields;
    const retryFailed = f.status === 'failed' && f.attempts < o.maxAttempts;
    // We hold the lease, so a pending entry of another holder is from a cycle that died (or lost
    // its lease, and a cycle that loses its lease stops before its next send).
    const dead = f.status === 'pending' && f.holder !== o.holder;
    if (!retryFailed && !dead) continue;
    try {
      const entry = await store.update(
        'reminderLedger',
        item.id,
        item.version,
        { status: 'pending', holder: o.holder, attemptedAt: o.at, recipientId: r.recipientId },
        CTX,
      );
      claims.push({ reminder: r, entry, interrupted: dead });
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return claims;
}

export interface Completion {
  status: Exclude<ReminderStatus, 'pending'>;
  attempts: number;
  sentAt: string | null;
  error: string | null;
  reasonSuffix?: string;
}

/** Completes every claimed entry of one digest in one all-or-nothing write. */
export async function completeClaims(store: Store, claims: Claim[], c: Completion): Promise<void> {
  if (!claims.length) return;
  const ops: WriteOp[] = claims.map((claim) => ({
    kind: 'update',
    list: 'reminderLedger',
    id: claim.entry.id,
    version: claim.entry.version,
    patch: {
      status: c.status,
      attempts: claim.entry.fields.attempts + c.attempts,
      sentAt: c.sentAt,
      error: c.error,
      ...(c.reasonSuffix ? { reason: `${claim.entry.fields.reason} ${c.reasonSuffix}` } : {}),
    },
  }));
  await store.writeMany(ops, { ...CTX, event: `reminder.${c.status}` });
}
