// Who may reopen an authorised figure (issue 14): the performance team, or the indicator's
// Authorising Officer — the people who answer for the figure once it is final.
import type { Catalogue } from '../catalogue/index.js';

export function mayReopen(cat: Catalogue, personId: string, indicatorId: string): boolean {
  const person = cat.people.get(personId);
  if (!person) return false;
  return (
    person.roles.includes('admin') || cat.indicators.get(indicatorId)?.authoriserId === personId
  );
}
