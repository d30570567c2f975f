// Who a person is to an indicator: its Collection, Responsible or Authorising Officer, or the recorded
// delegate of one of them (bot issue: "Only the assigned person (or their recorded delegate)"). When
// separation of duties bars all of those from a return's next step, the step falls to the people
// whoMayAct names (the escalation owner, then the performance team) — so no return is ever stuck.
import type { Indicator, IndicatorReturn, Person } from '../../domain/model/types.js';
import {
  whoMayAct,
  type Actor,
  type Assignments,
  type NextActors,
} from '../../domain/workflow/index.js';

export function actsFor(
  people: ReadonlyMap<string, Person>,
  personId: string,
  assignedId: string,
): boolean {
  if (personId === assignedId) return true;
  return people.get(assignedId)?.delegateId === personId;
}

export function actorFor(
  people: ReadonlyMap<string, Person>,
  personId: string,
  indicator: Indicator,
): Actor {
  const person = people.get(personId);
  return {
    id: personId,
    isCollector: actsFor(people, personId, indicator.collectorId),
    isResponsible: actsFor(people, personId, indicator.responsibleId),
    isAuthoriser: actsFor(people, personId, indicator.authoriserId),
    isAdmin: person?.roles.includes('admin') ?? false,
  };
}

/** The indicator's officers, their delegates and the performance team, as whoMayAct reads them. */
export function assignmentsFor(
  people: ReadonlyMap<string, Person>,
  indicator: Indicator,
): Assignments {
  return {
    collectorId: indicator.collectorId,
    responsibleId: indicator.responsibleId,
    authoriserId: indicator.authoriserId,
    escalationOwnerId: indicator.escalationOwnerId,
    delegateOf: (id) => people.get(id)?.delegateId ?? null,
    adminIds: [...people.values()].filter((p) => p.roles.includes('admin')).map((p) => p.id),
  };
}

/** Who may take this return's next step, and why. */
export function nextActorsFor(
  people: ReadonlyMap<string, Person>,
  indicator: Indicator,
  ret: IndicatorReturn,
): NextActors {
  return whoMayAct(ret, assignmentsFor(people, indicator));
}

const STEP_ROLE = {
  enter: 'isCollector',
  check: 'isResponsible',
  authorise: 'isAuthoriser',
} as const;

/**
 * The person as an actor on this return: their own parts, plus the part of the waiting step when
 * it has fallen to them (so they may take it, or send it back, like the officer it passed over).
 */
export function actorForReturn(
  people: ReadonlyMap<string, Person>,
  personId: string,
  indicator: Indicator,
  ret: IndicatorReturn,
): Actor {
  const actor = actorFor(people, personId, indicator);
  const next = nextActorsFor(people, indicator, ret);
  if (!next.fallback || next.step === null || next.step === 'send-back') return actor;
  if (!next.people.includes(personId)) return actor;
  return {
    ...actor,
    [STEP_ROLE[next.step]]: true,
    ...(next.waivesSeparation ? { waivesSeparation: true } : {}),
  };
}

/** A separation-of-duties refusal finished with where the step has gone, by name. */
export function saysWhereItWent(
  reason: string,
  people: ReadonlyMap<string, Person>,
  next: NextActors,
): string {
  const names = next.people.map((id) => people.get(id)?.name ?? 'the performance team');
  if (names.length === 0) return reason;
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `${reason.replace(/\.$/, '')} — it has gone to ${list}.`;
}

/** Whether the person has any part in the indicator's returns (may read them). */
export function involvedIn(actor: Actor): boolean {
  return actor.isCollector || actor.isResponsible || actor.isAuthoriser || actor.isAdmin;
}
