// Reopening an authorised figure found wrong (issue 14): only the performance team or the
// indicator's Authorising Officer may, with a reason, and only with the version they saw. The
// return goes back to its Collection Officer; the authorised figure is kept as a restatement;
// the audit says `return.reopened` and why.
import type { Channel } from '../../domain/model/types.js';
import { assignmentsFor } from './actor.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import { londonDate } from '../../domain/periods/index.js';
import { handoverTo, reopen, type WorkflowAuditName } from '../../domain/workflow/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { mayReopen } from './may-reopen.js';
import { buildReturnView, toReturn, type ReturnView } from './return-view.js';
import { loadComparators } from '../benchmarks/position.js';

const REOPENED: WorkflowAuditName = 'return.reopened';

export interface ReopenInput {
  version: string;
  reason: string;
}

export async function reopenReturn(
  deps: AppDeps,
  actorId: string,
  returnId: string,
  input: ReopenInput,
  channel: Channel,
): Promise<ReturnView> {
  const { store } = deps;
  const item = await store.get('returns', returnId);
  if (!item) throw new NotFoundError(`No return with id ${returnId}`);
  const [cat, settings] = await Promise.all([loadCatalogue(store), loadSettings(store)]);
  // Who may, before anything about the figure is said.
  if (!mayReopen(cat, actorId, item.fields.indicatorId)) {
    throw new ForbiddenError(
      "Only the performance team or the indicator's Authorising Officer may reopen an authorised figure.",
    );
  }
  if (item.version !== input.version) {
    throw new ConflictError('This return has changed since you opened it.', item.version);
  }
  const now = deps.clock.now();
  const result = reopen(toReturn(item), actorId, input.reason, now.toISOString());
  if (!result.ok) {
    if (result.code === 'not-authorised') throw new WorkflowError(result.reason, result.code);
    throw new ValidationError(result.reason, 'reason');
  }
  const updated = await store.update('returns', item.id, input.version, result.fields, {
    actorId,
    channel,
    event: REOPENED,
    note: input.reason.trim(),
  });
  const siblings = await store.query('returns', { indicatorId: item.fields.indicatorId });
  const view = buildReturnView({
    cat,
    settings,
    today: londonDate(now),
    viewerId: actorId,
    item: updated,
    siblings,
    comparators: await loadComparators(store, item.fields.indicatorId),
  });
  // Back with its Collection Officer, who is told why and sent the card to correct it.
  const indicator = cat.indicators.get(item.fields.indicatorId);
  deps.notifications?.handedOver({
    kind: 'return',
    returnId: updated.id,
    event: 'reopen',
    handover: indicator
      ? handoverTo('assigned', toReturn(updated), assignmentsFor(cat.people, indicator))
      : null,
    view,
    cardActivityId: null,
  });
  return view;
}
