// Who a person is to a key action's updates: the owner (or their recorded delegate, as for
// returns) enters them; when the council asks for checks, the service head — the service plan's
// owner — checks them. When the owner IS the service head nobody else would be there to check,
// so the check goes to the service's director, or else the performance team (admins).
import type { KeyAction, Person, ServicePlan } from '../../domain/model/types.js';
import type { Catalogue } from '../catalogue/index.js';
import { actsFor } from '../returns/actor.js';

export interface UpdateRoles {
  /** Enters the update: the owner, or their delegate. */
  mayEnter: boolean;
  /** Checks a submitted update (the person who entered it never may: see update-view). */
  mayCheck: boolean;
  /** The check is routed to them (so it is in their My work); admins may check any, as cover. */
  checksByRoute: boolean;
  isAdmin: boolean;
}

/** The person the check is routed to, or null when only the performance team can take it. */
export function checkerIdFor(cat: Catalogue, action: KeyAction, plan: ServicePlan): string | null {
  if (plan.ownerId && plan.ownerId !== action.ownerId) return plan.ownerId;
  const service = cat.services.get(plan.serviceId);
  const director = service ? cat.directorates.get(service.directorateId)?.directorId : null;
  if (director && director !== action.ownerId) return director;
  return null;
}

export function rolesFor(
  cat: Catalogue,
  personId: string,
  action: KeyAction,
  plan: ServicePlan,
): UpdateRoles {
  const person: Person | undefined = cat.people.get(personId);
  const isAdmin = person?.roles.includes('admin') ?? false;
  const checker = checkerIdFor(cat, action, plan);
  const checksByRoute = checker ? actsFor(cat.people, personId, checker) : isAdmin;
  return {
    mayEnter: actsFor(cat.people, personId, action.ownerId),
    mayCheck: checksByRoute || isAdmin,
    checksByRoute,
    isAdmin,
  };
}
