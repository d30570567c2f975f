// Key-action updates ride the same nudge cycle as returns (issue 13): each due update is planned as
// a reminder subject of its own, so it comes in the same digest, once per stage and day, within the
// same limits, and escalates on the same policy. Its ledger subject is `ka:<update id>`, so its
// keys (`ka:<id>|<stage>|<day>`) can never collide with a return's. The policy's audiences map
// onto the action's people: the owner enters it (as the Collection Officer would), an overdue
// update goes to the service head (the service plan's owner; the director, or the performance
// team, when the owner is the service head), then to the director.
import type { Indicator, KeyAction, Person, ServicePlan } from '../../domain/model/types.js';
import { planNudges, type NudgePlan, type PlanInput } from '../../domain/reminders/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { checkerIdFor } from '../key-action-updates/roles.js';

const PREFIX = 'ka:';

export const keyActionSubject = (updateId: string): string => `${PREFIX}${updateId}`;

/** The key-action update a ledger subject names, or null when it names a return. */
export function updateIdOf(subject: string): string | null {
  return subject.startsWith(PREFIX) ? subject.slice(PREFIX.length) : null;
}

function firstAdmin(people: ReadonlyMap<string, Person>): string | null {
  for (const p of people.values()) if (p.roles.includes('admin')) return p.id;
  return null;
}

/**
 * The action as the reminder policy reads an indicator: only who is addressed, the code and title
 * the reason names, and no overrides of the council's policy.
 */
export function reminderIndicator(cat: Catalogue, action: KeyAction, plan: ServicePlan): Indicator {
  const service = cat.services.get(plan.serviceId);
  const director = service
    ? (cat.directorates.get(service.directorateId)?.directorId ?? null)
    : null;
  const head = checkerIdFor(cat, action, plan) ?? firstAdmin(cat.people) ?? plan.ownerId;
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

/** The words of a return's escalation, said of a key action's people. */
function keyActionWords(reason: string): string {
  return reason
    .replace('escalated to the Responsible Officer', 'escalated to the service head')
    .replace('escalated to the escalation owner', 'escalated to the director')
    .replace('sent to the Responsible Officer', 'sent to the service head')
    .replace('sent to the escalation owner', 'sent to the director');
}

/** The cycle's plan (returns and key-action updates together), key-action reasons in their words. */
export function planCycle(input: PlanInput): NudgePlan {
  const plan = planNudges(input);
  const fix = <T extends { returnId: string; reason: string }>(r: T): T =>
    updateIdOf(r.returnId) ? { ...r, reason: keyActionWords(r.reason) } : r;
  return { ...plan, reminders: plan.reminders.map(fix), held: plan.held.map(fix) };
}
