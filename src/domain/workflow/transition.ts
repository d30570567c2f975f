// The one entry point for moving a return through its workflow: look the step up in
// WORKFLOW_TABLE, check who is acting, then apply the step. Pure: no clock, no store.
import { ValidationError, WorkflowError } from '../errors/errors.js';
import type { IndicatorReturn } from '../model/types.js';
import { applyEntry, validateEntry } from './enter.js';
import { applyAuthorise, applyCheck, applySendBack, validateSendBackReason } from './steps.js';
import {
  RETURN_EVENT_TYPES,
  WORKFLOW_TABLE,
  barredBy,
  holdsRole,
  ruleFor,
  type WorkflowRole,
  type WorkflowRule,
} from './table.js';
import type {
  Actor,
  Refusal,
  ReturnEvent,
  ReturnEventType,
  TransitionContext,
  TransitionResult,
  WorkflowAuditEvent,
} from './types.js';
import { refuse } from './types.js';

const BARRED_BECAUSE = {
  enteredBy: 'entered',
  checkedBy: 'checked',
} as const;

const STATE_WORDS: Record<IndicatorReturn['state'], string> = {
  due: 'waiting to be entered',
  submitted: 'waiting to be checked',
  checked: 'waiting to be authorised',
  authorised: 'authorised',
};

/** The parts people play, as a council officer names them. */
const ROLE_WORDS: Record<WorkflowRole, string> = {
  collector: 'Collection Officer (or their delegate)',
  responsible: 'Responsible Officer (or their delegate)',
  authoriser: 'Authorising Officer (or their delegate)',
  admin: 'performance team',
};

/** The step in words for the person refused (no internal verbs). */
const STEP_WORDS: Record<ReturnEventType, string> = {
  enter: 'enter it',
  check: 'check it',
  authorise: 'authorise it',
  'send-back': 'send it back',
};

export function transition(
  current: IndicatorReturn,
  event: ReturnEvent,
  actor: Actor,
  ctx: TransitionContext,
): TransitionResult {
  if (!RETURN_EVENT_TYPES.includes(event?.type)) {
    throw new ValidationError(
      `unknown workflow event ${JSON.stringify(event?.type)}`,
      'event.type',
    );
  }
  const refusal = refusalOfStep(current, event.type, actor);
  if (refusal) return refusal;
  const rule = ruleFor(current.state, event.type)!;

  const applied = applyStep(current, event, actor, ctx, rule);
  if ('ok' in applied) return applied;

  const next: IndicatorReturn = { ...applied, state: rule.to };
  return { ok: true, next, audit: [auditFor(current, next, event, actor, ctx, rule)] };
}

/** As transition, but a refusal throws WorkflowError (→ 422) carrying its code. */
export function assertTransition(
  current: IndicatorReturn,
  event: ReturnEvent,
  actor: Actor,
  ctx: TransitionContext,
): { next: IndicatorReturn; audit: WorkflowAuditEvent[] } {
  const result = transition(current, event, actor, ctx);
  if (!result.ok) throw new WorkflowError(result.reason, result.code);
  return { next: result.next, audit: result.audit };
}

/**
 * The refusal of this step by state, role or separation of duties, judged before its details (the
 * figure, a reason): so someone with no part in an indicator is told so, not asked about a figure.
 */
export function refusalOfStep(
  current: IndicatorReturn,
  type: ReturnEventType,
  actor: Actor,
): Refusal | undefined {
  const rule = ruleFor(current.state, type);
  if (!rule) {
    return refuse(
      'wrong-state',
      `This figure is ${STATE_WORDS[current.state]}, so nobody can ${STEP_WORDS[type]} now.`,
    );
  }
  return refuseActor(rule, current, actor, type);
}

/**
 * What this actor may do to the return now, judged on state, role and separation of duties only;
 * whether the details will pass (a reason given, an action plan chosen) is known only on the event.
 */
export function allowedEvents(current: IndicatorReturn, actor: Actor): ReturnEventType[] {
  const rules = WORKFLOW_TABLE[current.state] ?? {};
  return RETURN_EVENT_TYPES.filter((type) => {
    const rule = rules[type];
    return rule !== undefined && refuseActor(rule, current, actor, type) === undefined;
  });
}

function refuseActor(
  rule: WorkflowRule,
  current: IndicatorReturn,
  actor: Actor,
  type: ReturnEventType,
): Refusal | undefined {
  if (!rule.by.some((role) => holdsRole(actor, role))) {
    const who = rule.by.map((role) => ROLE_WORDS[role]).join(' or ');
    return refuse('not-assigned', `Only the ${who} may ${STEP_WORDS[type]}.`);
  }
  const barred = barredBy(rule, current, actor);
  if (barred && !actor.waivesSeparation) {
    return refuse(
      'separation-of-duties',
      `You ${BARRED_BECAUSE[barred]} this figure, so someone else must ${STEP_WORDS[type]}.`,
    );
  }
  return undefined;
}

function applyStep(
  current: IndicatorReturn,
  event: ReturnEvent,
  actor: Actor,
  ctx: TransitionContext,
  rule: WorkflowRule,
): IndicatorReturn | Refusal {
  switch (event.type) {
    case 'enter':
      return validateEntry(event) ?? applyEntry(current, event, actor, ctx);
    case 'check':
      return applyCheck(current, event, actor, ctx);
    case 'authorise':
      return applyAuthorise(current, actor, ctx);
    case 'send-back':
      return (
        validateSendBackReason(event.reason) ?? applySendBack(current, rule.to, event.reason, actor)
      );
  }
}

function auditFor(
  current: IndicatorReturn,
  next: IndicatorReturn,
  event: ReturnEvent,
  actor: Actor,
  ctx: TransitionContext,
  rule: WorkflowRule,
): WorkflowAuditEvent {
  const base = { actorId: actor.id, at: ctx.now, from: current.state, to: next.state };
  if (event.type === 'send-back')
    return { ...base, event: rule.audit, reason: next.sentBackReason ?? '' };
  // Answering a send-back is a resubmission, so the audit trail shows the loop.
  if (event.type === 'enter' && current.sentBackReason !== null) {
    return { ...base, event: 'return.resubmitted' };
  }
  return { ...base, event: rule.audit };
}
