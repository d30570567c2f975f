// When a period ends, each key action owes an update for it: the update comes into being in state
// `due`, so it shows in My work and the reminders find it. Run by the same start-up and daily
// cycle that opens returns; idempotent (one update per action per period, existing ones kept).
import { periodsOwed } from '../../domain/key-actions/index.js';
import { londonDate } from '../../domain/periods/index.js';
import type { KeyActionUpdate } from '../../domain/model/types.js';
import type { WriteOp } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';

export function blankUpdate(keyActionId: string, periodKey: string): Omit<KeyActionUpdate, 'id'> {
  return {
    keyActionId,
    periodKey,
    state: 'due',
    status: null,
    outcome: null,
    percentComplete: null,
    commentary: '',
    evidenceUrl: null,
    revisedDueDate: null,
    revisedDueReason: null,
    nextMilestone: '',
    enteredBy: null,
    enteredAt: null,
    checkedBy: null,
    checkedAt: null,
    sentBackReason: null,
    sentBackBy: null,
  };
}

export async function openDueKeyActionUpdates(deps: AppDeps): Promise<number> {
  const cat = await loadCatalogue(deps.store);
  const today = londonDate(deps.clock.now());
  const existing = new Set(
    (await deps.store.query('keyActionUpdates')).map(
      (u) => `${u.fields.keyActionId}|${u.fields.periodKey}`,
    ),
  );
  const plans = new Map(cat.servicePlans.map((p) => [p.id, p]));
  const ops: WriteOp[] = [];
  for (const action of cat.keyActions) {
    const plan = plans.get(action.servicePlanId);
    if (!plan || plan.retired) continue;
    for (const p of periodsOwed({ action, planYear: plan.year, today })) {
      if (existing.has(`${action.id}|${p.key}`)) continue;
      ops.push({ kind: 'create', list: 'keyActionUpdates', fields: blankUpdate(action.id, p.key) });
    }
  }
  if (ops.length)
    await deps.store.writeMany(ops, {
      actorId: 'system',
      channel: 'system',
      event: 'keyActionUpdate.opened',
    });
  return ops.length;
}
