// Which priorities and objectives belong to the plan being looked at, in display order.
import type { Objective, Priority } from '../model/types.js';
import { byCode } from './counts.js';
import type { ThreadInput } from './types.js';

export interface PlanScope {
  /** The plan's priorities, by their `order`. */
  priorities: Priority[];
  /** Objectives of each priority, by code. */
  objectivesOf: ReadonlyMap<string, Objective[]>;
  /** Every objective of the plan, priority by priority. */
  objectives: Objective[];
  objectiveIds: ReadonlySet<string>;
  /** Objective id → its priority id. */
  priorityOf: ReadonlyMap<string, string>;
}

export function planScope(input: ThreadInput): PlanScope {
  const priorities = input.priorities
    .filter((p) => p.planId === input.plan.id)
    .sort((a, b) => a.order - b.order || byCode(a.code, b.code));
  const objectivesOf = new Map<string, Objective[]>(priorities.map((p) => [p.id, []]));
  for (const objective of input.objectives) objectivesOf.get(objective.priorityId)?.push(objective);
  for (const list of objectivesOf.values()) list.sort((a, b) => byCode(a.code, b.code));
  const objectives = priorities.flatMap((p) => objectivesOf.get(p.id) ?? []);
  return {
    priorities,
    objectivesOf,
    objectives,
    objectiveIds: new Set(objectives.map((o) => o.id)),
    priorityOf: new Map(objectives.map((o) => [o.id, o.priorityId])),
  };
}

/** The ids, of those given, that are objectives of this plan. */
export function linkedObjectives(objectiveIds: readonly string[], scope: PlanScope): string[] {
  return objectiveIds.filter((id) => scope.objectiveIds.has(id));
}
