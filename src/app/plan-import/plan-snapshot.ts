// What the plan import reads from the store: every plan item, by level, with its version.
import type {
  CorporatePlan,
  KeyAction,
  Objective,
  Priority,
  ServicePlan,
  Service,
} from '../../domain/model/types.js';
import type { PlanLevel } from './columns.js';

export interface PlanSnapshot {
  plans: CorporatePlan[];
  priorities: Priority[];
  objectives: Objective[];
  servicePlans: ServicePlan[];
  keyActions: KeyAction[];
  services: Map<string, Service>;
}

/** The store list each level lives in. */
export const LIST_OF = {
  plan: 'plans',
  priority: 'priorities',
  objective: 'objectives',
  'service-plan': 'servicePlans',
  'key-action': 'keyActions',
} as const satisfies Record<PlanLevel, keyof PlanSnapshot>;

export type PlanList = (typeof LIST_OF)[PlanLevel];

/** The level a level's `parent` column names; plans and service plans have none. */
export const PARENT_LEVEL: Record<PlanLevel, PlanLevel | null> = {
  plan: null,
  priority: 'plan',
  objective: 'priority',
  'service-plan': null,
  'key-action': 'service-plan',
};

/** Codes are matched ignoring case, as the indicator import matches indicator codes. */
export const codeKey = (code: string): string => code.trim().toUpperCase();

export type StoredPlanItem = PlanSnapshot[PlanList][number];

export function byCode(snapshot: PlanSnapshot, level: PlanLevel): Map<string, StoredPlanItem> {
  const items: readonly StoredPlanItem[] = snapshot[LIST_OF[level]];
  return new Map(items.map((i) => [codeKey(i.code), i]));
}
