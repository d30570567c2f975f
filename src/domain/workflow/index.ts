// The return workflow: an explicit, pure transition table (STYLE.md principle 3).
export type {
  Actor,
  RefusalCode,
  ReturnEvent,
  ReturnEventType,
  TransitionContext,
  TransitionResult,
  WorkflowAuditEvent,
  WorkflowAuditName,
} from './types.js';
export {
  WORKFLOW_TABLE,
  WHOSE_TURN,
  RETURN_STATES,
  RETURN_EVENT_TYPES,
  type WorkflowRole,
  type WorkflowRule,
  type WorkflowTable,
} from './table.js';
export { MAX_COMMENTARY } from './enter.js';
export { MAX_SEND_BACK_REASON } from './steps.js';
export { transition, assertTransition, allowedEvents, refusalOfStep } from './transition.js';
export { newReturn, type ReturnFields } from './new-return.js';
export { handoverAfter, handoverTo, type Handover } from './whose-turn.js';
export { whoMayAct, isRestated, type Assignments, type NextActors } from './who-may-act.js';
export { provisionalLabel } from './provisional.js';
export { reopen, MAX_REOPEN_REASON, type ReopenResult } from './reopen.js';
