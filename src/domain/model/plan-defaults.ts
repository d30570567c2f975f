// What the plan's items mean when a field is absent: items written before councils kept their own
// plans (an older SQLite file before its migration, a SharePoint item from before schema version 4,
// whose new columns read back empty) lack the fields added then. Readers fill them here, once, so
// no view has to guess.
import type { CorporatePlan, KeyAction, Objective, Priority, ServicePlan } from './types.js';

type Loose<T> = { [K in keyof T]?: T[K] | null };

export function planWithDefaults(p: Loose<CorporatePlan> & { id: string }): CorporatePlan {
  return {
    ...(p as CorporatePlan),
    code: p.code || p.id,
    vision: p.vision ?? '',
    current: p.current ?? true,
  };
}

export function priorityWithDefaults(p: Loose<Priority> & { id: string }): Priority {
  return { ...(p as Priority), description: p.description ?? '', retired: p.retired ?? false };
}

export function objectiveWithDefaults(o: Loose<Objective> & { id: string }): Objective {
  return { ...(o as Objective), order: o.order ?? 0, retired: o.retired ?? false };
}

export function servicePlanWithDefaults(s: Loose<ServicePlan> & { id: string }): ServicePlan {
  return {
    ...(s as ServicePlan),
    code: s.code || s.id,
    retired: s.retired ?? false,
    copiedFromId: s.copiedFromId ?? null,
  };
}

export function keyActionWithDefaults(a: Loose<KeyAction> & { id: string }): KeyAction {
  return {
    ...(a as KeyAction),
    description: a.description ?? '',
    objectiveIds: a.objectiveIds ?? [],
    corporateProject: a.corporateProject ?? false,
    startDate: a.startDate ?? null,
    milestones: a.milestones ?? [],
    updateFrequency: a.updateFrequency ?? 'quarterly',
    retired: a.retired ?? false,
    copiedFromId: a.copiedFromId ?? null,
    evidenceUrl: a.evidenceUrl ?? null,
    revisedDueDate: a.revisedDueDate ?? null,
    revisedDueReason: a.revisedDueReason ?? null,
    nextMilestone: a.nextMilestone ?? '',
  };
}
