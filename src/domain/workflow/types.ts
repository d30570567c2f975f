// The public shapes of the return workflow: what can happen to a return, who is acting, and what
// comes back (the next return and its audit events, or a coded refusal).
import type { IndicatorReturn, Instant, ReturnState } from '../model/types.js';
import type { EntryFields } from '../values/entry-rules.js';

export type ReturnEvent =
  | ({ type: 'enter'; plausibilityConfirmed?: boolean } & EntryFields)
  | {
      type: 'check';
      actionPlanId?: string | null;
      /** A progress note for the chosen plan; required when that plan is overdue (issue 14). */
      planUpdate?: string | null;
    }
  | { type: 'authorise' }
  | { type: 'send-back'; reason: string };

export type ReturnEventType = ReturnEvent['type'];

/** What the actor is to this return's indicator, worked out by the application layer (assigned officer, or their recorded delegate). */
export interface Actor {
  id: string;
  isCollector: boolean;
  isResponsible: boolean;
  isAuthoriser: boolean;
  isAdmin: boolean;
  /** set by the application only when nobody else could ever act (whoMayAct's waivesSeparation) */
  waivesSeparation?: boolean;
}

export interface TransitionContext {
  now: Instant;
  /** the figure is off target (Review/Action or Amber/Red) — computed by the caller from the rating */
  offTarget: boolean;
  /** action plan ids that exist, are open and belong to this indicator */
  openActionPlanIds: readonly string[];
  /** those of them past a date (their own or a corrective action's): never used silently */
  overdueActionPlanIds?: readonly string[];
}

export type WorkflowAuditName =
  | 'return.submitted'
  | 'return.resubmitted'
  | 'return.checked'
  | 'return.authorised'
  | 'return.sent-back'
  /** an authorised figure reopened to be restated (issue 14): not a step of the table */
  | 'return.reopened';

export interface WorkflowAuditEvent {
  event: WorkflowAuditName;
  actorId: string;
  at: Instant;
  from: ReturnState;
  to: ReturnState;
  reason?: string;
}

export type RefusalCode =
  | 'wrong-state'
  | 'not-assigned'
  | 'separation-of-duties'
  | 'reason-required'
  | 'action-plan-required'
  | 'invalid-value';

export type Refusal = { ok: false; code: RefusalCode; reason: string };

export type TransitionResult =
  { ok: true; next: IndicatorReturn; audit: WorkflowAuditEvent[] } | Refusal;

export function refuse(code: RefusalCode, reason: string): Refusal {
  return { ok: false, code, reason };
}
