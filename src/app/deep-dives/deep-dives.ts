// Deep-dive reviews (issue 16): opening one, writing its answers, findings and recommendations,
// reassigning it and closing it with an outcome. Every change names the person first: a stranger is
// refused (403) before anything is said about the input, then a closed review is read-only (422),
// then every field is checked at once (400, each problem under its field), and the write names the
// version the person read, so a change made on a stale view is refused (409), never merged.
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import {
  MANAGED_FIELDS,
  deepDivePermissions,
  deepDiveRole,
  noAnswers,
  unwrittenReview,
} from '../../domain/deep-dives/index.js';
import type { Channel, DeepDiveReview } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { Problems } from './deep-dive-input.js';
import { type DeepDiveView, type StoredDeepDive } from './deep-dive-view.js';
import { deepDiveContext, findIndicator, viewOf } from './read-deep-dives.js';

export const DEEP_DIVE_EVENTS = {
  opened: 'deep-dive.opened',
  updated: 'deep-dive.updated',
  reassigned: 'deep-dive.reassigned',
  closed: 'deep-dive.closed',
} as const;

export interface OpenInput {
  indicator?: unknown;
  trigger?: unknown;
  requestedBy?: unknown;
  scope?: unknown;
  leadOfficerId?: unknown;
  dueDate?: unknown;
}

export async function openDeepDive(
  deps: AppDeps,
  actorId: string,
  input: OpenInput,
  channel: Channel = 'tab',
): Promise<DeepDiveView> {
  const ctx = await deepDiveContext(deps);
  const actor = ctx.cat.people.get(actorId);
  if (!actor?.roles.includes('admin')) {
    throw new ForbiddenError('Only the performance team may start a deep-dive review');
  }
  const p = new Problems();
  const indicator = findIndicator(ctx.cat, input.indicator);
  if (!indicator) p.add('indicator', 'is not a known indicator (give its code)');
  const trigger = p.trigger(input.trigger);
  const fields: Omit<DeepDiveReview, 'id'> = {
    indicatorId: indicator?.id ?? '',
    trigger,
    requestedBy: p.requestedBy(input.requestedBy, trigger),
    requestedAt: deps.clock.now().toISOString(),
    scope: p.text(input.scope, 'scope', 'say what the review will look at'),
    leadOfficerId: p.lead(input.leadOfficerId, ctx.cat),
    dueDate: p.dueDate(input.dueDate, ctx.today),
    ...unwrittenReview(),
  };
  p.throwIfAny();
  // One review at a time: a second open one would split the answers and the reminders.
  const open = await deps.store.query('deepDiveReviews', {
    indicatorId: indicator!.id,
    status: 'open',
  });
  if (open.length) {
    throw new ValidationError(
      `${indicator!.code} already has a deep-dive review under way: write in that one`,
      'indicator',
    );
  }
  const item = await deps.store.create('deepDiveReviews', fields, {
    actorId,
    channel,
    event: DEEP_DIVE_EVENTS.opened,
    note: `${indicator!.code}: ${fields.scope}`.slice(0, 255),
  });
  return viewOf(deps, item, actorId);
}

async function loadReview(deps: AppDeps, id: string): Promise<StoredDeepDive> {
  const item = await deps.store.get('deepDiveReviews', id);
  if (!item) throw new NotFoundError(`No deep-dive review with id ${id}`);
  return item;
}

/** The person's permissions on the review, refusing a reader and then a closed review. */
async function mayChange(deps: AppDeps, actorId: string, item: StoredDeepDive) {
  const ctx = await deepDiveContext(deps);
  const role = deepDiveRole(ctx.cat.people, actorId, item.fields);
  if (role === 'reader') {
    throw new ForbiddenError(
      'Only the review’s lead officer (or their delegate) or the performance team may change it',
    );
  }
  if (item.fields.status === 'closed') {
    throw new WorkflowError('This deep-dive review is closed: it is read-only', 'deep-dive-closed');
  }
  return { ctx, may: deepDivePermissions(role, item.fields) };
}

export interface DeepDiveChange extends Omit<OpenInput, 'indicator' | 'trigger'> {
  version?: unknown;
  answers?: unknown;
  findings?: unknown;
  recommendations?: unknown;
  actionPlanId?: unknown;
}

/** Answers, findings, recommendations, the linked plan; and, for the performance team, the rest. */
export async function updateDeepDive(
  deps: AppDeps,
  actorId: string,
  id: string,
  change: DeepDiveChange,
  channel: Channel = 'tab',
): Promise<DeepDiveView> {
  const item = await loadReview(deps, id);
  const { ctx, may } = await mayChange(deps, actorId, item);
  const managed = MANAGED_FIELDS.filter((f) => change[f] !== undefined);
  if (managed.length && !may.manage) {
    throw new ForbiddenError(
      `Only the performance team may change the review’s ${managed.join(', ')}`,
    );
  }
  const r = item.fields;
  const p = new Problems();
  const version = p.version(change.version);
  const patch: Partial<Omit<DeepDiveReview, 'id'>> = {};
  if (change.scope !== undefined)
    patch.scope = p.text(change.scope, 'scope', 'say what the review will look at');
  if (change.leadOfficerId !== undefined)
    patch.leadOfficerId = p.lead(change.leadOfficerId, ctx.cat);
  if (change.dueDate !== undefined) patch.dueDate = p.dueDate(change.dueDate, ctx.today);
  if (change.requestedBy !== undefined)
    patch.requestedBy = p.requestedBy(change.requestedBy, r.trigger);
  if (change.answers !== undefined)
    patch.answers = { ...noAnswers(), ...r.answers, ...p.answers(change.answers) };
  if (change.findings !== undefined) patch.findings = p.text(change.findings, 'findings', null);
  if (change.recommendations !== undefined) {
    patch.recommendations = p.text(change.recommendations, 'recommendations', null);
  }
  if (change.actionPlanId !== undefined)
    patch.actionPlanId = planOf(p, ctx.plans, r, change.actionPlanId);
  if (!Object.keys(patch).length) {
    p.add('answers', 'say what has changed: answers, findings, recommendations or an action plan');
  }
  p.throwIfAny();
  const reassigned = patch.leadOfficerId !== undefined && patch.leadOfficerId !== r.leadOfficerId;
  const updated = await deps.store.update('deepDiveReviews', id, version, patch, {
    actorId,
    channel,
    event: reassigned ? DEEP_DIVE_EVENTS.reassigned : DEEP_DIVE_EVENTS.updated,
  });
  return viewOf(deps, updated, actorId);
}

/** An action plan of the review's own indicator, or null to unlink. */
function planOf(
  p: Problems,
  plans: ReadonlyMap<string, { indicatorId: string }>,
  r: Pick<DeepDiveReview, 'indicatorId'>,
  value: unknown,
): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'string' && plans.get(value)?.indicatorId === r.indicatorId) return value;
  p.add('actionPlanId', 'is not one of this indicator’s action plans');
  return null;
}

/** Closing says what the review found and what came of it: findings and an outcome are required. */
export async function closeDeepDive(
  deps: AppDeps,
  actorId: string,
  id: string,
  input: { version?: unknown; outcome?: unknown; findings?: unknown; recommendations?: unknown },
  channel: Channel = 'tab',
): Promise<DeepDiveView> {
  const item = await loadReview(deps, id);
  await mayChange(deps, actorId, item);
  const p = new Problems();
  const version = p.version(input.version);
  const findings =
    input.findings === undefined ? item.fields.findings : p.text(input.findings, 'findings', null);
  if (!findings.trim()) p.add('findings', 'write the review’s findings before closing it');
  const recommendations =
    input.recommendations === undefined
      ? item.fields.recommendations
      : p.text(input.recommendations, 'recommendations', null);
  const outcome = p.text(input.outcome, 'outcome', 'say what came of the review');
  p.throwIfAny();
  const updated = await deps.store.update(
    'deepDiveReviews',
    id,
    version,
    {
      findings,
      recommendations,
      outcome,
      status: 'closed',
      closedAt: deps.clock.now().toISOString(),
      closedBy: actorId,
    },
    { actorId, channel, event: DEEP_DIVE_EVENTS.closed, note: outcome.slice(0, 255) },
  );
  return viewOf(deps, updated, actorId);
}
