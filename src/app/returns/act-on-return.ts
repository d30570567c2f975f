// The one command behind every return decision, whichever channel it comes through (tab, bot, card,
// API): load the return, check the figure, ask the workflow, and write with the version the person
// saw, so a stale card or a double click changes nothing (the store refuses a stale version).
import type { Channel, Indicator, IndicatorReturn } from '../../domain/model/types.js';
import {
  ConfirmationRequiredError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import { londonDate } from '../../domain/periods/index.js';
import { rateValue } from '../../domain/ratings/index.js';
import {
  ENTRY_MESSAGES,
  assertPossibleValue,
  entryProblems,
  plausibilityQuestion,
} from '../../domain/values/index.js';
import {
  handoverAfter,
  refusalOfStep,
  transition,
  type ReturnEvent,
  type WorkflowAuditEvent,
} from '../../domain/workflow/index.js';
import type { Refusal } from '../../domain/workflow/types.js';
import type { AppDeps } from '../deps.js';
import {
  notePlanProgress,
  plansForCheck,
  refuseClosedPlan,
  requireText,
} from '../action-plans/index.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { actorForReturn, assignmentsFor, nextActorsFor, saysWhereItWent } from './actor.js';
import { earlierReturns } from './earlier-returns.js';
import { periodFacts, type PeriodFacts } from './period-context.js';
import { buildReturnView, toReturn, type ReturnView, type StoredReturn } from './return-view.js';
import { loadComparators } from '../benchmarks/position.js';

export interface ActInput {
  returnId: string;
  /** The version the person saw (from the card, the tab or the API). */
  version: string;
  event: ReturnEvent;
  actorId: string;
  channel: Channel;
  /** The Teams card the decision was made on (the bot updates it in its answer), else absent. */
  cardActivityId?: string | null;
}

export interface ActOutcome {
  view: ReturnView;
  audit: WorkflowAuditEvent[];
}

const REASON_REQUIRED = ENTRY_MESSAGES.reasonRequired;

/** Unit sense and plausibility of an entered figure; throws before anything is written. */
function checkEntry(
  event: Extract<ReturnEvent, { type: 'enter' }>,
  ctx: {
    cat: Catalogue;
    indicatorId: string;
    facts: PeriodFacts;
    siblings: StoredReturn[];
    ratio: number;
  },
): void {
  const indicator = ctx.cat.indicators.get(ctx.indicatorId)!;
  // The one set of entry rules the tab and the bot also check (domain/values/entry-rules.ts). A
  // missing "not available" reason is left to the workflow, which refuses it as reason-required.
  const problems = entryProblems(event).filter(
    (p) =>
      !(p.field === 'notAvailableReason' && event.value === null && p.message === REASON_REQUIRED),
  );
  if (problems.length > 0) throw new ValidationError(problems);
  if (event.forecast !== null && event.forecast !== undefined) {
    assertPossibleValue(event.forecast, indicator.unit, 'forecast');
  }
  if (event.value === null) return;
  assertPossibleValue(event.value, indicator.unit, 'value');
  if (event.plausibilityConfirmed) return;
  const recent = earlierReturns(ctx.siblings.map(toReturn), ctx.facts.period, 4).map(
    (x) => x.ret.value,
  );
  const question = plausibilityQuestion({
    value: event.value,
    recent,
    target: ctx.facts.target,
    unit: indicator.unit,
    decimals: indicator.decimals,
    ratio: indicator.plausibilityRatio ?? ctx.ratio,
  });
  if (question) throw new ConfirmationRequiredError(question, 'value');
}

export async function actOnReturn(deps: AppDeps, input: ActInput): Promise<ActOutcome> {
  const { store } = deps;
  const item = await store.get('returns', input.returnId);
  if (!item) throw new NotFoundError(`No return with id ${input.returnId}`);
  // A stale card or a second click names a version that has moved on: refuse before anything else,
  // so the person is shown what happened rather than a workflow message about the new state.
  if (item.version !== input.version) {
    throw new ConflictError('This return has changed since you opened it.', item.version);
  }
  const [cat, settings] = await Promise.all([loadCatalogue(store), loadSettings(store)]);
  const current = toReturn(item);
  const indicator = cat.indicators.get(current.indicatorId);
  if (!indicator)
    throw new NotFoundError(`The return's indicator ${current.indicatorId} does not exist`);
  if (!cat.people.has(input.actorId)) throw new ForbiddenError('You are not a known person here');

  // Role before anything about the figure: someone with no part here is told so, not asked
  // whether their figure is right (issue 15).
  const actor = actorForReturn(cat.people, input.actorId, indicator, current);
  const early = refusalOfStep(current, input.event.type, actor);
  if (early) throw refused(early, { cat, indicator, current, event: input.event, plans: [] });

  const facts = periodFacts(cat, settings, indicator.id, current.periodKey);
  const siblings = await store.query('returns', { indicatorId: indicator.id });
  // Checked before anything is written, so a note too long never leaves the check half-done.
  if (input.event.type === 'check' && input.event.planUpdate?.trim()) {
    requireText(input.event.planUpdate, 'planUpdate');
  }
  if (input.event.type === 'enter') {
    const ratio = settings.plausibilityRatio;
    checkEntry(input.event, { cat, indicatorId: indicator.id, facts, siblings, ratio });
  }

  // Off target is judged on the figure being decided: the entered one, or the one already held.
  const value = input.event.type === 'enter' ? input.event.value : current.value;
  const offTarget =
    value !== null &&
    rateValue(
      {
        value,
        target: facts.target,
        polarity: indicator.polarity,
        unit: indicator.unit,
        decimals: indicator.decimals,
        contextOnly: indicator.contextOnly,
      },
      settings.ratingScheme,
    ).offTarget;
  const plans = await store.query('actionPlans', { indicatorId: indicator.id });
  const now = deps.clock.now();
  const result = transition(current, input.event, actor, {
    now: now.toISOString(),
    offTarget,
    ...plansForCheck(plans, londonDate(now)),
  });
  if (!result.ok) throw refused(result, { cat, indicator, current, event: input.event, plans });
  const { id: _id, ...fields } = result.next;
  // The written procedure the figure was entered under, shown with it at the check (issue 14).
  if (input.event.type === 'enter') fields.procedureVersion = indicator.procedureVersion ?? 1;
  const first = result.audit[0];
  const confirmed = input.event.type === 'enter' && input.event.plausibilityConfirmed;
  const updated = await store.update('returns', item.id, input.version, fields, {
    actorId: input.actorId,
    channel: input.channel,
    event: first?.event ?? `return.${input.event.type}`,
    note:
      first?.reason ??
      (actor.waivesSeparation
        ? 'Nobody else could act, so the performance team acted despite separation of duties'
        : undefined) ??
      (confirmed ? 'The officer confirmed a figure far outside the recent history' : undefined),
  });
  if (input.event.type === 'check') {
    await notePlanProgress(store, plans, {
      planId: updated.fields.actionPlanId,
      note: input.event.planUpdate,
      actorId: input.actorId,
      at: now.toISOString(),
      channel: input.channel,
    });
  }
  if (updated.fields.state === 'authorised' && current.state !== 'authorised') {
    await deps.afterAuthorise?.({
      returnId: updated.id,
      indicatorId: indicator.id,
      periodKey: current.periodKey,
      actorId: input.actorId,
      channel: input.channel,
    });
  }
  const view = buildReturnView({
    cat,
    settings,
    today: londonDate(now),
    viewerId: input.actorId,
    item: updated,
    siblings,
    plans: await store.query('actionPlans', { indicatorId: indicator.id }),
    comparators: await loadComparators(store, indicator.id),
  });
  deps.notifications?.handedOver({
    kind: 'return',
    returnId: updated.id,
    event: input.event.type,
    handover: handoverAfter(
      input.event.type,
      current,
      toReturn(updated),
      assignmentsFor(cat.people, indicator),
    ),
    view,
    cardActivityId: input.cardActivityId ?? null,
  });
  return { view, audit: result.audit };
}

/** The error for a refused step, in the person's words, naming where the step went instead. */
function refused(
  result: Refusal,
  ctx: {
    cat: Catalogue;
    indicator: Indicator;
    current: IndicatorReturn;
    event: ReturnEvent;
    plans: Parameters<typeof refuseClosedPlan>[0];
  },
): Error {
  if (result.code === 'not-assigned') return new ForbiddenError(result.reason);
  if (ctx.event.type === 'check') refuseClosedPlan(ctx.plans, ctx.event.actionPlanId);
  if (result.code === 'invalid-value') return invalidValue(result.reason);
  if (result.code === 'separation-of-duties') {
    const next = nextActorsFor(ctx.cat.people, ctx.indicator, ctx.current);
    return new WorkflowError(saysWhereItWent(result.reason, ctx.cat.people, next), result.code);
  }
  return new WorkflowError(result.reason, result.code);
}

/** The workflow names the field a refusal is about ("actionPlanId: …"); the figure otherwise. */
function invalidValue(reason: string): ValidationError {
  const named = /^(\w+): (.+)$/s.exec(reason);
  return named ? new ValidationError(named[2]!, named[1]) : new ValidationError(reason, 'value');
}
