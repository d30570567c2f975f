// Who may change a service plan and its key actions: the performance team, the plan's owner, and
// the head of its service ("service heads edit their own service plans", issue #13). Checked before
// anything is read from the request, so anyone else is refused with 403 whatever they send.
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { Person, Service, ServicePlan } from '../../domain/model/types.js';

export function isAdmin(actor: Pick<Person, 'roles'>): boolean {
  return actor.roles.includes('admin');
}

export function mayEditServicePlan(
  actor: Pick<Person, 'id' | 'roles'>,
  plan: Pick<ServicePlan, 'ownerId' | 'serviceId'>,
  services: ReadonlyMap<string, Pick<Service, 'headId'>>,
): boolean {
  return (
    isAdmin(actor) || plan.ownerId === actor.id || services.get(plan.serviceId)?.headId === actor.id
  );
}

export function requireServicePlanEditor(
  actor: Pick<Person, 'id' | 'roles'>,
  plan: Pick<ServicePlan, 'ownerId' | 'serviceId' | 'title'>,
  services: ReadonlyMap<string, Pick<Service, 'headId'>>,
): void {
  if (!mayEditServicePlan(actor, plan, services))
    throw new ForbiddenError(
      `Only the performance team or the owner of “${plan.title}” may change it`,
    );
}

/**
 * Whether the person may open the Service plans set-up at all: an admin, the head of any service
 * (who may start their service's first plan), or anyone owning a service plan.
 */
export function mayUseServicePlanSetup(
  actor: Pick<Person, 'id' | 'roles'>,
  plans: readonly Pick<ServicePlan, 'ownerId' | 'serviceId'>[],
  services: ReadonlyMap<string, Pick<Service, 'headId'>>,
): boolean {
  return (
    isAdmin(actor) ||
    [...services.values()].some((s) => s.headId === actor.id) ||
    plans.some((p) => mayEditServicePlan(actor, p, services))
  );
}
