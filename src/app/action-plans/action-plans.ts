// Action plans: why performance is below target, what will be done, by whom and when, and when it
// is expected back on track; followed until closed (Chorley & South Ribble; King's Lynn's panel).
import { NEW_ACTION_PLAN } from '../../domain/model/action-plan-defaults.js';
import type { ActionPlan, Channel } from '../../domain/model/types.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import { isValidIsoDate, parsePeriod } from '../../domain/periods/index.js';
import { MAX_COMMENTARY } from '../../domain/values/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { actorFor, involvedIn } from '../returns/actor.js';

export interface NewActionPlan {
  indicatorId: string;
  periodKey: string;
  reasons: string;
  actions: string;
  ownerId: string;
  dueDate: string;
  expectedRecovery: string;
}

function requireText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw new ValidationError('is required', field);
  if (text.length > MAX_COMMENTARY)
    throw new ValidationError(`must be at most ${MAX_COMMENTARY} characters`, field);
  return text;
}

export async function createActionPlan(
  deps: AppDeps,
  actorId: string,
  input: NewActionPlan,
  channel: Channel,
): Promise<ActionPlan & { version: string }> {
  const cat = await loadCatalogue(deps.store);
  const indicator = cat.indicators.get(input.indicatorId);
  if (!indicator) throw new NotFoundError(`No indicator with id ${input.indicatorId}`);
  if (!involvedIn(actorFor(cat.people, actorId, indicator))) {
    throw new ForbiddenError(
      `Only the officers of ${indicator.code} or the performance team may write its action plans`,
    );
  }
  if (!cat.people.has(input.ownerId)) throw new ValidationError('is not a known person', 'ownerId');
  if (!isValidIsoDate(input.dueDate))
    throw new ValidationError('must be a date YYYY-MM-DD', 'dueDate');
  const fields = {
    indicatorId: indicator.id,
    periodKey: parsePeriod(input.periodKey).key,
    reasons: requireText(input.reasons, 'reasons'),
    actions: requireText(input.actions, 'actions'),
    ownerId: input.ownerId,
    dueDate: input.dueDate,
    expectedRecovery: parsePeriod(input.expectedRecovery).key,
    status: 'open' as const,
    closedAt: null,
    ...NEW_ACTION_PLAN,
    correctiveActions: [],
    progress: [],
  };
  const item = await deps.store.create('actionPlans', fields, {
    actorId,
    channel,
    event: 'action-plan.created',
  });
  return { ...item.fields, id: item.id, version: item.version };
}

export async function closeActionPlan(
  deps: AppDeps,
  actorId: string,
  id: string,
  version: string,
  channel: Channel,
): Promise<ActionPlan & { version: string }> {
  const item = await deps.store.get('actionPlans', id);
  if (!item) throw new NotFoundError(`No action plan with id ${id}`);
  const cat = await loadCatalogue(deps.store);
  const indicator = cat.indicators.get(item.fields.indicatorId);
  if (!indicator || !involvedIn(actorFor(cat.people, actorId, indicator))) {
    throw new ForbiddenError(
      'Only the officers of the indicator or the performance team may close its action plans',
    );
  }
  const updated = await deps.store.update(
    'actionPlans',
    id,
    version,
    { status: 'closed', closedAt: deps.clock.now().toISOString() },
    { actorId, channel, event: 'action-plan.closed' },
  );
  return { ...updated.fields, id: updated.id, version: updated.version };
}

export async function listActionPlans(
  deps: AppDeps,
  filter: { indicatorId?: string; status?: 'open' | 'closed'; ownerId?: string },
) {
  const items = await deps.store.query('actionPlans', filter);
  return items.map((i) => ({ ...i.fields, id: i.id, version: i.version }));
}
