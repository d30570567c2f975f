// Action plans: why performance is below target, what will be done, by whom and when, and when it
// is expected back on track; followed until closed with an outcome (Chorley & South Ribble; King's
// Lynn's panel approves them). Every change is checked against the person first, then the input.
import { approvalAtStart } from '../../domain/action-plans/index.js';
import { NEW_ACTION_PLAN } from '../../domain/model/action-plan-defaults.js';
import type { ActionPlan, Channel, CorrectiveAction } from '../../domain/model/types.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import { isValidIsoDate, londonDate, parsePeriod } from '../../domain/periods/index.js';
import { MAX_COMMENTARY, MAX_CORRECTIVE_ACTIONS } from '../../domain/values/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { actorFor, involvedIn } from '../returns/actor.js';
import {
  actionPlanView,
  comparePlans,
  mayUpdatePlan,
  planApprovers,
  type ActionPlanView,
  type StoredPlan,
} from './action-plan-view.js';

// At most this many corrective actions on one plan (set with the other limits, domain/values).
export { MAX_CORRECTIVE_ACTIONS };
const MAX_ACTION_TITLE = 300;

export interface NewActionPlan {
  indicatorId: string;
  periodKey: string;
  reasons: string;
  actions: string;
  ownerId: string;
  dueDate: string;
  expectedRecovery: string;
  correctiveActions?: { title: string; dueDate: string }[];
}

export function requireText(value: string, field: string, max = MAX_COMMENTARY): string {
  const text = value.trim();
  if (!text) throw new ValidationError('is required', field);
  if (text.length > max) throw new ValidationError(`must be at most ${max} characters`, field);
  return text;
}

function requireDate(value: string, field: string): string {
  if (!isValidIsoDate(value)) throw new ValidationError('must be a date YYYY-MM-DD', field);
  return value;
}

function correctiveActionsFrom(input: NewActionPlan['correctiveActions']): CorrectiveAction[] {
  const list = input ?? [];
  if (list.length > MAX_CORRECTIVE_ACTIONS) {
    throw new ValidationError(`must list at most ${MAX_CORRECTIVE_ACTIONS}`, 'correctiveActions');
  }
  return list.map((a, i) => ({
    title: requireText(a.title, `correctiveActions[${i}].title`, MAX_ACTION_TITLE),
    dueDate: requireDate(a.dueDate, `correctiveActions[${i}].dueDate`),
    done: false,
  }));
}

async function context(deps: AppDeps) {
  const [cat, settings] = await Promise.all([loadCatalogue(deps.store), loadSettings(deps.store)]);
  return { cat, settings, today: londonDate(deps.clock.now()) };
}

export async function createActionPlan(
  deps: AppDeps,
  actorId: string,
  input: NewActionPlan,
  channel: Channel,
): Promise<ActionPlanView> {
  const { cat, settings, today } = await context(deps);
  const indicator = cat.indicators.get(input.indicatorId);
  if (!indicator) throw new NotFoundError(`No indicator with id ${input.indicatorId}`);
  if (!involvedIn(actorFor(cat.people, actorId, indicator))) {
    throw new ForbiddenError(
      `Only the officers of ${indicator.code} or the performance team may write its action plans`,
    );
  }
  if (!cat.people.has(input.ownerId)) throw new ValidationError('is not a known person', 'ownerId');
  const fields = {
    indicatorId: indicator.id,
    periodKey: parsePeriod(input.periodKey, 'periodKey').key,
    reasons: requireText(input.reasons, 'reasons'),
    actions: requireText(input.actions, 'actions'),
    ownerId: input.ownerId,
    dueDate: requireDate(input.dueDate, 'dueDate'),
    expectedRecovery: parsePeriod(input.expectedRecovery, 'expectedRecovery').key,
    status: 'open' as const,
    closedAt: null,
    ...NEW_ACTION_PLAN,
    correctiveActions: correctiveActionsFrom(input.correctiveActions),
    progress: [],
    approval: approvalAtStart(settings.actionPlanApproval),
  };
  const item = await deps.store.create('actionPlans', fields, {
    actorId,
    channel,
    event: 'action-plan.created',
  });
  return actionPlanView(cat, settings, item, today, actorId);
}

async function loadPlan(deps: AppDeps, id: string): Promise<StoredPlan> {
  const item = await deps.store.get('actionPlans', id);
  if (!item) throw new NotFoundError(`No action plan with id ${id}`);
  return item;
}

function requireMayUpdate(cat: Catalogue, actorId: string, item: StoredPlan): void {
  if (!mayUpdatePlan(cat, actorId, { ...item.fields, id: item.id })) {
    throw new ForbiddenError(
      "Only the plan's owner, the indicator's officers or the performance team may change this action plan",
    );
  }
}

function requireOpen(item: StoredPlan): void {
  if (item.fields.status !== 'open') {
    throw new ValidationError('this action plan is closed: write a new one', 'status');
  }
}

export interface PlanChange {
  version: string;
  /** A progress note, added at the end of the plan's progress. */
  progress?: string;
  /** Corrective actions to mark done (by position) or not done. */
  done?: { index: number; done: boolean }[];
  /** Corrective actions to add. */
  add?: { title: string; dueDate: string }[];
}

/** Progress on an open plan: a note, actions ticked off, actions added. */
export async function updateActionPlan(
  deps: AppDeps,
  actorId: string,
  id: string,
  change: PlanChange,
  channel: Channel,
): Promise<ActionPlanView> {
  const item = await loadPlan(deps, id);
  const { cat, settings, today } = await context(deps);
  requireMayUpdate(cat, actorId, item);
  requireOpen(item);
  const actions = item.fields.correctiveActions.map((a) => ({ ...a }));
  for (const d of change.done ?? []) {
    const action = actions[d.index];
    if (!action) throw new ValidationError(`has no corrective action ${d.index}`, 'done');
    action.done = d.done;
  }
  const added = correctiveActionsFrom(change.add);
  if (actions.length + added.length > MAX_CORRECTIVE_ACTIONS) {
    throw new ValidationError(`must list at most ${MAX_CORRECTIVE_ACTIONS}`, 'correctiveActions');
  }
  const note = change.progress === undefined ? null : requireText(change.progress, 'progress');
  if (note === null && !change.done?.length && !added.length) {
    throw new ValidationError(
      'say what has changed: a progress note, actions done or added',
      'progress',
    );
  }
  const progress = note
    ? [...item.fields.progress, { at: deps.clock.now().toISOString(), byId: actorId, text: note }]
    : item.fields.progress;
  const updated = await deps.store.update(
    'actionPlans',
    id,
    change.version,
    { correctiveActions: [...actions, ...added], progress },
    { actorId, channel, event: 'action-plan.updated', note: note ?? undefined },
  );
  return actionPlanView(cat, settings, updated, today, actorId);
}

/** Closing says what came of the plan: the outcome is required. */
export async function closeActionPlan(
  deps: AppDeps,
  actorId: string,
  id: string,
  input: { version: string; outcome: string },
  channel: Channel,
): Promise<ActionPlanView> {
  const item = await loadPlan(deps, id);
  const { cat, settings, today } = await context(deps);
  requireMayUpdate(cat, actorId, item);
  requireOpen(item);
  const outcome = requireText(input.outcome, 'outcome');
  const updated = await deps.store.update(
    'actionPlans',
    id,
    input.version,
    { status: 'closed', closedAt: deps.clock.now().toISOString(), outcome },
    { actorId, channel, event: 'action-plan.closed', note: outcome },
  );
  return actionPlanView(cat, settings, updated, today, actorId);
}

/** Approve or reject a plan awaiting approval, as the council's rule says who may. */
export async function decideActionPlan(
  deps: AppDeps,
  actorId: string,
  id: string,
  input: { version: string; decision: 'approve' | 'reject'; note?: string | null },
  channel: Channel,
): Promise<ActionPlanView> {
  const item = await loadPlan(deps, id);
  const { cat, settings, today } = await context(deps);
  const plan: ActionPlan = { ...item.fields, id: item.id };
  if (!planApprovers(cat, settings, plan).includes(actorId)) {
    throw new ForbiddenError(
      plan.approval === 'pending'
        ? plan.ownerId === actorId
          ? 'You own this action plan, so someone else must approve it'
          : 'You are not one of the people who approve this action plan'
        : 'This action plan is not awaiting approval',
    );
  }
  const blankNote = input.note === undefined || input.note === null || input.note.trim() === '';
  const note = blankNote ? null : requireText(input.note!, 'note');
  if (input.decision === 'reject' && note === null) {
    throw new ValidationError(
      'say why the plan is not approved, so its owner can improve it',
      'note',
    );
  }
  const updated = await deps.store.update(
    'actionPlans',
    id,
    input.version,
    {
      approval: input.decision === 'approve' ? 'approved' : 'rejected',
      approvedBy: actorId,
      approvedAt: deps.clock.now().toISOString(),
      approvalNote: note,
    },
    {
      actorId,
      channel,
      event: input.decision === 'approve' ? 'action-plan.approved' : 'action-plan.rejected',
      note: note ?? undefined,
    },
  );
  // Its owner hears the decision (and, when not approved, why), whichever channel it came from.
  deps.notifications?.handedOver({
    kind: 'action-plan',
    planId: id,
    event: input.decision,
    to: [plan.ownerId],
  });
  return actionPlanView(cat, settings, updated, today, actorId);
}

export async function listActionPlans(
  deps: AppDeps,
  viewerId: string,
  filter: {
    indicatorId?: string;
    status?: 'open' | 'closed';
    ownerId?: string;
    awaitingMe?: boolean;
  },
): Promise<ActionPlanView[]> {
  const { cat, settings, today } = await context(deps);
  const { awaitingMe, ...query } = filter;
  const items = await deps.store.query('actionPlans', query);
  return items
    .map((i) => actionPlanView(cat, settings, i, today, viewerId))
    .filter((p) => !awaitingMe || p.mayApprove)
    .sort(comparePlans);
}

export async function getActionPlan(
  deps: AppDeps,
  viewerId: string,
  id: string,
): Promise<ActionPlanView> {
  const item = await loadPlan(deps, id);
  const { cat, settings, today } = await context(deps);
  return actionPlanView(cat, settings, item, today, viewerId);
}
