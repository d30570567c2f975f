// The plan set-up API (/api/admin/plans, priorities, objectives, service plans, key actions, the
// annual refresh and the key-action check setting). Every write sends the version it read; the
// server answers 409 when someone else changed it first, 400 naming each field that is wrong.
import { http } from '../../../shared/api/index.js';
import type {
  KeyActionFields,
  KeyActionInput,
  NextYearPreview,
  ObjectiveFields,
  ObjectiveInput,
  PlanFields,
  PlanInput,
  PriorityFields,
  PriorityInput,
  ServicePlanFields,
  ServicePlanInput,
} from '../../../../api/index.js';

export type { KeyActionInput, NextYearPreview, PlanInput, ServicePlanInput };
type V<T> = T & { id: string; version: string };
export type AdminPlan = V<PlanFields>;
export type AdminPriority = V<PriorityFields>;
export type AdminObjective = V<ObjectiveFields>;
export type AdminServicePlan = V<ServicePlanFields>;
export type AdminKeyAction = V<KeyActionFields>;

export interface PlanOptions {
  services: { id: string; label: string }[];
  people: { id: string; label: string }[];
  objectives: { id: string; label: string; planId: string | null; retired: boolean }[];
  currentPlanId: string | null;
}

const at = (path: string, id: string, tail = '') =>
  `/api/admin/${path}/${encodeURIComponent(id)}${tail}`;
const order = (items: { id: string; version: string }[]) => ({
  items: items.map(({ id, version }) => ({ id, version })),
});

export const planAdminApi = {
  plans: () => http.get<AdminPlan[]>('/api/admin/plans'),
  createPlan: (input: PlanInput & { current: boolean }) =>
    http.post<AdminPlan>('/api/admin/plans', input),
  updatePlan: (id: string, version: string, patch: Partial<PlanInput>) =>
    http.put<AdminPlan>(at('plans', id), { ...patch, version }),
  makeCurrent: (id: string, version: string) =>
    http.post<AdminPlan>(at('plans', id, '/make-current'), { version }),
  reorderPriorities: (planId: string, items: { id: string; version: string }[]) =>
    http.post<AdminPriority[]>(at('plans', planId, '/reorder'), order(items)),
  priorities: () => http.get<AdminPriority[]>('/api/admin/priorities'),
  createPriority: (input: PriorityInput) =>
    http.post<AdminPriority>('/api/admin/priorities', input),
  updatePriority: (id: string, version: string, patch: Partial<PriorityInput>) =>
    http.put<AdminPriority>(at('priorities', id), { ...patch, version }),
  retirePriority: (id: string, version: string, retired: boolean) =>
    http.post<AdminPriority>(at('priorities', id, '/retire'), { version, retired }),
  reorderObjectives: (priorityId: string, items: { id: string; version: string }[]) =>
    http.post<AdminObjective[]>(at('priorities', priorityId, '/reorder'), order(items)),
  objectives: () => http.get<AdminObjective[]>('/api/admin/objectives'),
  createObjective: (input: ObjectiveInput) =>
    http.post<AdminObjective>('/api/admin/objectives', input),
  updateObjective: (id: string, version: string, patch: Partial<ObjectiveInput>) =>
    http.put<AdminObjective>(at('objectives', id), { ...patch, version }),
  retireObjective: (id: string, version: string, retired: boolean) =>
    http.post<AdminObjective>(at('objectives', id, '/retire'), { version, retired }),
  options: () => http.get<PlanOptions>('/api/admin/plan-options'),
  servicePlans: () => http.get<AdminServicePlan[]>('/api/admin/service-plans'),
  createServicePlan: (input: ServicePlanInput) =>
    http.post<AdminServicePlan>('/api/admin/service-plans', input),
  updateServicePlan: (id: string, version: string, patch: Partial<ServicePlanInput>) =>
    http.put<AdminServicePlan>(at('service-plans', id), { ...patch, version }),
  retireServicePlan: (id: string, version: string, retired: boolean) =>
    http.post<AdminServicePlan>(at('service-plans', id, '/retire'), { version, retired }),
  keyActions: (servicePlanId: string) =>
    http.get<AdminKeyAction[]>(at('service-plans', servicePlanId, '/key-actions')),
  createKeyAction: (servicePlanId: string, input: Omit<KeyActionInput, 'servicePlanId'>) =>
    http.post<AdminKeyAction>(at('service-plans', servicePlanId, '/key-actions'), input),
  updateKeyAction: (id: string, version: string, patch: Partial<KeyActionInput>) =>
    http.put<AdminKeyAction>(at('key-actions', id), { ...patch, version }),
  retireKeyAction: (id: string, version: string, retired: boolean) =>
    http.post<AdminKeyAction>(at('key-actions', id, '/retire'), { version, retired }),
  previewNextYear: (servicePlanId: string) =>
    http.get<NextYearPreview>(at('service-plans', servicePlanId, '/next-year')),
  startNextYear: (servicePlanId: string, version: string) =>
    http.post<{ servicePlan: AdminServicePlan; carried: number }>(
      at('service-plans', servicePlanId, '/next-year'),
      { version },
    ),
  keyActionCheck: () =>
    http.get<{ keyActionUpdatesNeedCheck: boolean; version: string | null }>(
      '/api/admin/key-action-check',
    ),
  setKeyActionCheck: (keyActionUpdatesNeedCheck: boolean, version: string | null) =>
    http.put<{ keyActionUpdatesNeedCheck: boolean; version: string }>(
      '/api/admin/key-action-check',
      { keyActionUpdatesNeedCheck, version },
    ),
};
