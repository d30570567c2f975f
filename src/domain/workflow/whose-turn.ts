// Whose turn a return is at after a step, read from the workflow table (issue 15): the rule's
// `handsTo` names who should have it, and whoMayAct says whether they may — when separation of
// duties bars them, it goes to whoever the step has fallen to (delegate, escalation owner, the
// performance team), with the reason in words. Pure: the application tells the people named.
import type { IndicatorReturn } from '../model/types.js';
import { ruleFor, WHOSE_TURN, type WorkflowRule } from './table.js';
import type { ReturnEventType } from './types.js';
import { assignedTo, whoMayAct, type Assignments } from './who-may-act.js';

export interface Handover {
  /** the step now waiting, whose card the people named are sent */
  step: 'enter' | 'check' | 'authorise';
  /** who is told: the person the table names when they may act, else everyone who may */
  to: string[];
  /** true when it has passed over the assigned officers and their delegates */
  fallback: boolean;
  /** why these people, in words */
  reason: string;
}

/** Who has a return now that `event` has taken it from `before` to `after`; null for nobody. */
export function handoverAfter(
  event: ReturnEventType,
  before: IndicatorReturn,
  after: IndicatorReturn,
  a: Assignments,
): Handover | null {
  const rule = ruleFor(before.state, event);
  return rule ? handoverTo(rule.handsTo, after, a) : null;
}

/** Who has a return in its present state, when `handsTo` names who should (reopening: 'assigned'). */
export function handoverTo(
  handsTo: WorkflowRule['handsTo'],
  ret: IndicatorReturn,
  a: Assignments,
): Handover | null {
  const turn = WHOSE_TURN[ret.state];
  if (handsTo === null || !turn) return null;
  const next = whoMayAct(ret, a);
  const preferred =
    handsTo === 'enterer' ? (ret.enteredBy ?? assignedTo(turn.role, a)) : assignedTo(turn.role, a);
  const to = next.people.includes(preferred) ? [preferred] : next.people;
  return { step: turn.step, to, fallback: next.fallback, reason: next.reason };
}
