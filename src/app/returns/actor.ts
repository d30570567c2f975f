// Who a person is to an indicator: its Collection, Responsible or Authorising Officer, or the recorded
// delegate of one of them (bot issue: "Only the assigned person (or their recorded delegate)").
import type { Indicator, Person } from '../../domain/model/types.js';
import type { Actor } from '../../domain/workflow/index.js';

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

/** Whether the person has any part in the indicator's returns (may read them). */
export function involvedIn(actor: Actor): boolean {
  return actor.isCollector || actor.isResponsible || actor.isAuthoriser || actor.isAdmin;
}
