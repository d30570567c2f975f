// The plan items as the store holds them now, with the version of each, read once: an update then
// names the version its comparison was made against, so a change made meanwhile by someone else
// is refused (ConflictError) rather than overwritten.
import {
  keyActionWithDefaults,
  objectiveWithDefaults,
  planWithDefaults,
  priorityWithDefaults,
  servicePlanWithDefaults,
} from '../../domain/model/plan-defaults.js';
import type { Service } from '../../domain/model/types.js';
import type { Store } from '../../domain/ports/store.js';
import type { PlanList, PlanSnapshot } from './plan-snapshot.js';

export interface LoadedSnapshot {
  snapshot: PlanSnapshot;
  /** `${list}|${id}` → version. */
  versions: Map<string, string>;
}

export async function loadPlanSnapshot(
  store: Store,
  services: Map<string, Service>,
): Promise<LoadedSnapshot> {
  const [plans, priorities, objectives, servicePlans, keyActions] = await Promise.all([
    store.query('plans'),
    store.query('priorities'),
    store.query('objectives'),
    store.query('servicePlans'),
    store.query('keyActions'),
  ]);
  const versions = new Map<string, string>();
  const note = (list: PlanList, items: { id: string; version: string }[]) => {
    for (const i of items) versions.set(`${list}|${i.id}`, i.version);
  };
  note('plans', plans);
  note('priorities', priorities);
  note('objectives', objectives);
  note('servicePlans', servicePlans);
  note('keyActions', keyActions);
  return {
    versions,
    snapshot: {
      plans: plans.map((i) => planWithDefaults({ ...i.fields, id: i.id })),
      priorities: priorities.map((i) => priorityWithDefaults({ ...i.fields, id: i.id })),
      objectives: objectives.map((i) => objectiveWithDefaults({ ...i.fields, id: i.id })),
      servicePlans: servicePlans.map((i) => servicePlanWithDefaults({ ...i.fields, id: i.id })),
      keyActions: keyActions.map((i) => keyActionWithDefaults({ ...i.fields, id: i.id })),
      services,
    },
  };
}
