// The action plans a checker chooses between when passing an off-target figure (issue 14): every
// open plan of the indicator, overdue ones marked, none chosen for them. A closed plan is refused
// by name, and an overdue one only with a note on where it stands, which is added to the plan.
import { isOverdue } from '../../domain/action-plans/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { formatDate, londonDate } from '../../domain/periods/index.js';
import type { Channel } from '../../domain/model/types.js';
import type { Store } from '../../domain/ports/store.js';
import type { StoredPlan } from './action-plan-view.js';
import { requireText } from './action-plans.js';

export interface CheckPlans {
  openActionPlanIds: string[];
  overdueActionPlanIds: string[];
}

export function plansForCheck(plans: readonly StoredPlan[], today: string): CheckPlans {
  const open = plans.filter((p) => p.fields.status === 'open');
  return {
    openActionPlanIds: open.map((p) => p.id),
    overdueActionPlanIds: open.filter((p) => isOverdue(p.fields, today)).map((p) => p.id),
  };
}

/** Before the workflow is asked: a closed plan named is refused in words that say so. */
export function refuseClosedPlan(plans: readonly StoredPlan[], named: string | null | undefined) {
  const plan = plans.find((p) => p.id === named);
  if (plan && plan.fields.status === 'closed') {
    const on = plan.fields.closedAt ? ` on ${formatDate(londonDate(plan.fields.closedAt))}` : '';
    throw new ValidationError(
      `that action plan was closed${on}: choose an open plan or write a new one`,
      'actionPlanId',
    );
  }
}

/** After the check is written: the checker's note on the chosen plan joins its progress. */
export async function notePlanProgress(
  store: Store,
  plans: readonly StoredPlan[],
  input: {
    planId: string | null;
    note: string | null | undefined;
    actorId: string;
    at: string;
    channel: Channel;
  },
): Promise<void> {
  const plan = plans.find((p) => p.id === input.planId);
  if (!plan || input.note === null || input.note === undefined || input.note.trim() === '') return;
  const text = requireText(input.note, 'planUpdate');
  await store.update(
    'actionPlans',
    plan.id,
    plan.version,
    { progress: [...plan.fields.progress, { at: input.at, byId: input.actorId, text }] },
    { actorId: input.actorId, channel: input.channel, event: 'action-plan.updated', note: text },
  );
}
