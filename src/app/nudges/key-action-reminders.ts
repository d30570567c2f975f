// Key-action updates ride the same nudge cycle as returns (issue 13): each due update is planned as
// a reminder subject of its own (`ka:<update id>`, sources/subject.ts), so it comes in the same
// digest, once per stage and day, within the same limits, and escalates on the same policy. The policy's
// audiences map onto the action's people: the owner enters it (as the Collection Officer would), an overdue
// update goes to the service head (the service plan's owner; the director, or the performance
// team, when the owner is the service head), then to the director.
import type { Indicator, KeyAction, ServicePlan } from '../../domain/model/types.js';
import type { Catalogue } from '../catalogue/index.js';
import { checkerIdFor } from '../key-action-updates/roles.js';
import { firstAdmin } from './sources/source.js';

/**
 * The action as the reminder policy reads an indicator: only who is addressed, the code and title
 * the reason names, and no overrides of the council's policy.
 */
export function reminderIndicator(cat: Catalogue, action: KeyAction, plan: ServicePlan): Indicator {
  const service = cat.services.get(plan.serviceId);
  const director = service
    ? (cat.directorates.get(service.directorateId)?.directorId ?? null)
    : null;
  const head = checkerIdFor(cat, action, plan) ?? firstAdmin(cat) ?? plan.ownerId;
  return {
    id: action.id,
    code: action.code,
    title: action.title,
    definition: action.description,
    procedure: { calculation: '', source: '', evidenceLocation: '', verification: '', url: null },
    unit: 'percentage',
    decimals: 0,
    polarity: 'higher',
    frequency: action.updateFrequency,
    ytd: 'latest',
    scope: 'local',
    serviceId: plan.serviceId,
    objectiveIds: action.objectiveIds,
    collectorId: action.ownerId,
    responsibleId: head,
    authoriserId: head,
    escalationOwnerId: director ?? head,
    benchmarks: [],
    contextOnly: false,
    published: false,
    retired: action.retired,
    reminderPolicy: null,
    needsOwners: false,
  };
}
