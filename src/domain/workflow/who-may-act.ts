// Who may take a return's next step, and why — so no return is ever left with nobody able to act
// (issue 14 item 3). When separation of duties bars everyone assigned (delegates included), the step
// falls to the indicator's escalation owner, then the performance team. Pure: ids in, ids out.
import type { IndicatorReturn } from '../model/types.js';
import { WHOSE_TURN, type WorkflowRole } from './table.js';
import type { ReturnEventType } from './types.js';

export interface Assignments {
  collectorId: string;
  responsibleId: string;
  authoriserId: string;
  escalationOwnerId: string;
  /** each person's recorded delegate, if any */
  delegateOf: (personId: string) => string | null;
  /** the performance team */
  adminIds: readonly string[];
}

export interface NextActors {
  /** the step waiting, or null when the figure is authorised (final) */
  step: ReturnEventType | null;
  people: string[];
  /** true when the step has fallen past the assigned officers and their delegates */
  fallback: boolean;
  /** why these people, in words for the person reading it */
  reason: string;
  /**
   * true only when everyone who could act entered or checked the figure: the performance team then
   * acts anyway (a dead end is worse than a recorded exception), and the reason says so.
   */
  waivesSeparation: boolean;
}

/** The Assignments field naming the officer assigned to each role of WHOSE_TURN. */
export const ASSIGNED_FIELD = {
  collector: 'collectorId',
  responsible: 'responsibleId',
  authoriser: 'authoriserId',
  admin: null,
} as const;

const WORDS = {
  enter: 'enter the figure',
  check: 'check the figure',
  authorise: 'authorise the figure',
} as const;

export function whoMayAct(ret: IndicatorReturn, a: Assignments): NextActors {
  const turn = WHOSE_TURN[ret.state];
  if (!turn) {
    return {
      step: null,
      people: [],
      fallback: false,
      reason: 'The figure is authorised.',
      waivesSeparation: false,
    };
  }
  const { step } = turn;
  const words = WORDS[step];
  // Separation of duties: the checker may not be the enterer; the authoriser neither of them.
  const barred = new Set<string>();
  if (step === 'check' && ret.enteredBy) barred.add(ret.enteredBy);
  if (step === 'authorise') {
    if (ret.enteredBy) barred.add(ret.enteredBy);
    if (ret.checkedBy) barred.add(ret.checkedBy);
  }
  const free = (ids: readonly (string | null)[]): string[] => [
    ...new Set(ids.filter((id): id is string => id !== null && !barred.has(id))),
  ];

  const assigned = assignedTo(turn.role, a);
  const officers = free([assigned, a.delegateOf(assigned)]);
  // The performance team may also enter a late figure on someone's behalf.
  const extra = step === 'enter' ? free(a.adminIds) : [];
  if (officers.length > 0) {
    return {
      step,
      people: free([...officers, ...extra]),
      fallback: false,
      reason: `Waiting for someone to ${words}.`,
      waivesSeparation: false,
    };
  }
  const because =
    step === 'check'
      ? 'The person who entered this figure may not check it as well'
      : 'The people assigned to authorise this figure entered or checked it';
  const owner = free([a.escalationOwnerId]);
  if (owner.length > 0) {
    return {
      step,
      people: owner,
      fallback: true,
      reason: `${because}, so it has gone to the indicator's escalation owner.`,
      waivesSeparation: false,
    };
  }
  const team = free(a.adminIds);
  if (team.length > 0) {
    return {
      step,
      people: team,
      fallback: true,
      reason: `${because}, so it has gone to the performance team.`,
      waivesSeparation: false,
    };
  }
  // Nobody is free: the performance team (or, with none, the escalation owner) must act anyway.
  return {
    step,
    people: a.adminIds.length > 0 ? [...new Set(a.adminIds)] : [a.escalationOwnerId],
    fallback: true,
    reason: `${because}, and so did everyone else who could, so the performance team must ${words} themselves; the record will show it.`,
    waivesSeparation: true,
  };
}

/** Whether an authorised figure has been reopened and corrected at least once. */
export function isRestated(ret: Pick<IndicatorReturn, 'restatements'>): boolean {
  return (ret.restatements ?? []).length > 0;
}

/** The officer assigned to a role of the table (the performance team is no one officer). */
export function assignedTo(role: WorkflowRole, a: Assignments): string {
  const field = ASSIGNED_FIELD[role];
  return field ? a[field] : (a.adminIds[0] ?? a.escalationOwnerId);
}
