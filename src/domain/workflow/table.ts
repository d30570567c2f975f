// The return workflow as data (STYLE.md principle 3; DESIGN.md "The return workflow"):
//   due ─enter→ submitted ─check→ checked ─authorise→ authorised (final)
//   submitted ─send-back→ due (Responsible Officer returns it to the Collection Officer)
//   checked ─send-back→ submitted (Authorising Officer returns it to the Responsible Officer)
// Everything else is refused as 'wrong-state'. Docs and tests read this table directly.
import type { Actor, ReturnEventType, WorkflowAuditName } from './types.js';
import type { IndicatorReturn, ReturnState } from '../model/types.js';

/** The part a person plays for this return's indicator. */
export type WorkflowRole = 'collector' | 'responsible' | 'authoriser' | 'admin';

/** Fields naming people who may not perform this step (separation of duties). */
export type ExcludedPerson = keyof Pick<IndicatorReturn, 'enteredBy' | 'checkedBy'>;

export interface WorkflowRule {
  readonly to: ReturnState;
  /** Any one of these roles may perform the step. */
  readonly by: readonly WorkflowRole[];
  /** The people recorded in these fields may never perform the step, whatever roles they hold. */
  readonly notBy: readonly ExcludedPerson[];
  readonly audit: WorkflowAuditName;
  /**
   * Whose turn it is once the step is done (issue 15): 'assigned' — the officer assigned to the
   * step now waiting (the state's entry in WHOSE_TURN); 'enterer' — the person who entered the
   * figure, who corrects it; null — nobody's (the figure is final). When that person may not take
   * the step, it goes to whoever whoMayAct names instead.
   */
  readonly handsTo: 'assigned' | 'enterer' | null;
}

/** The step each state waits for, and the officer assigned to it; null once nothing more happens. */
export const WHOSE_TURN: Readonly<
  Record<ReturnState, { step: 'enter' | 'check' | 'authorise'; role: WorkflowRole } | null>
> = Object.freeze({
  due: { step: 'enter', role: 'collector' },
  submitted: { step: 'check', role: 'responsible' },
  checked: { step: 'authorise', role: 'authoriser' },
  authorised: null,
});

export type WorkflowTable = Readonly<
  Record<ReturnState, Readonly<Partial<Record<ReturnEventType, WorkflowRule>>>>
>;

export const WORKFLOW_TABLE: WorkflowTable = deepFreeze({
  due: {
    // Admin may enter on someone's behalf (the performance team chasing a late return).
    enter: {
      to: 'submitted',
      by: ['collector', 'admin'],
      notBy: [],
      audit: 'return.submitted',
      handsTo: 'assigned',
    },
  },
  submitted: {
    // Separation of duties: whoever entered the figure may not check it.
    check: {
      to: 'checked',
      by: ['responsible'],
      notBy: ['enteredBy'],
      audit: 'return.checked',
      handsTo: 'assigned',
    },
    // Back to whoever entered it (the performance team, when they entered it on someone's behalf).
    'send-back': {
      to: 'due',
      by: ['responsible'],
      notBy: [],
      audit: 'return.sent-back',
      handsTo: 'enterer',
    },
  },
  checked: {
    // Separation of duties: neither the enterer nor the checker may authorise.
    authorise: {
      to: 'authorised',
      by: ['authoriser'],
      notBy: ['enteredBy', 'checkedBy'],
      audit: 'return.authorised',
      handsTo: null,
    },
    'send-back': {
      to: 'submitted',
      by: ['authoriser'],
      notBy: [],
      audit: 'return.sent-back',
      handsTo: 'assigned',
    },
  },
  // Authorised is final: the figure is reportable and nothing more can happen to it here.
  authorised: {},
});

export const RETURN_STATES: readonly ReturnState[] = ['due', 'submitted', 'checked', 'authorised'];
export const RETURN_EVENT_TYPES: readonly ReturnEventType[] = [
  'enter',
  'check',
  'authorise',
  'send-back',
];

export function ruleFor(state: ReturnState, event: ReturnEventType): WorkflowRule | undefined {
  return WORKFLOW_TABLE[state]?.[event];
}

export function holdsRole(actor: Actor, role: WorkflowRole): boolean {
  switch (role) {
    case 'collector':
      return actor.isCollector;
    case 'responsible':
      return actor.isResponsible;
    case 'authoriser':
      return actor.isAuthoriser;
    case 'admin':
      return actor.isAdmin;
  }
}

/** The field naming this actor as someone barred from the step, or undefined when they are not. */
export function barredBy(
  rule: WorkflowRule,
  current: IndicatorReturn,
  actor: Actor,
): ExcludedPerson | undefined {
  return rule.notBy.find((field) => current[field] === actor.id);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
