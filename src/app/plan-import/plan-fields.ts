// The fields a resolved row writes: everything, with the model's defaults, for a new item; for an
// existing one only what the file gives and differs, so importing the same file again writes
// nothing (no new versions, no audit entries).
import type {
  CorporatePlan,
  KeyAction,
  Objective,
  Priority,
  ServicePlan,
} from '../../domain/model/types.js';
import { NOT_STARTED } from '../plan-admin/key-actions.js';
import type { PlanRecord } from './plan-records.js';
import type { StoredPlanItem } from './plan-snapshot.js';

/** What resolution worked out for a row beyond its own cells. */
export interface RowLinks {
  parentId: string | null;
  objectiveIds: string[] | undefined;
  /** For a new priority or objective: its place after its siblings. */
  order: number;
  /** For a new plan: whether it becomes the current one. */
  current: boolean;
  /** For a new service plan without an owner: the service's head, else the importer. */
  defaultOwnerId: string;
}

type Fields = Record<string, unknown>;

/** Drops the fields the file did not give (undefined). */
function given(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

export function createFields(record: PlanRecord, links: RowLinks): Fields {
  const { code, title } = record;
  switch (record.level) {
    case 'plan':
      return {
        code,
        title,
        firstYear: record.firstYear ?? '',
        lastYear: record.lastYear ?? '',
        vision: record.vision ?? '',
        current: links.current,
      } satisfies Omit<CorporatePlan, 'id'>;
    case 'priority':
      return {
        planId: links.parentId,
        code,
        title,
        order: links.order,
        description: record.description ?? '',
        retired: false,
      } satisfies Omit<Priority, 'id' | 'planId'> & Fields;
    case 'objective':
      return {
        priorityId: links.parentId,
        code,
        title,
        order: links.order,
        retired: false,
      } satisfies Omit<Objective, 'id' | 'priorityId'> & Fields;
    case 'service-plan':
      return {
        code,
        serviceId: record.serviceId,
        year: record.year,
        title,
        ownerId: record.ownerId ?? links.defaultOwnerId,
        retired: false,
        copiedFromId: null,
      } satisfies Omit<ServicePlan, 'id' | 'serviceId' | 'year'> & Fields;
    case 'key-action': {
      const objectiveIds = links.objectiveIds ?? [];
      return {
        servicePlanId: links.parentId,
        code,
        title,
        description: record.description ?? '',
        objectiveIds,
        businessAsUsual: objectiveIds.length === 0,
        corporateProject: record.corporateProject ?? false,
        ownerId: record.ownerId,
        startDate: record.startDate ?? null,
        dueDate: record.dueDate,
        milestones: [],
        updateFrequency: 'quarterly',
        retired: false,
        copiedFromId: null,
        // Progress starts where an action set up on the tab does: nothing reported yet.
        ...NOT_STARTED,
      } satisfies Omit<KeyAction, 'id' | 'servicePlanId' | 'ownerId' | 'dueDate' | 'objectiveIds'> &
        Fields;
    }
  }
}

/** The fields an existing item's row sets, whether or not they differ. */
function updateFields(record: PlanRecord, links: RowLinks): Fields {
  const { title } = record;
  // No parent column: the item stays where it is.
  const parentId = links.parentId ?? undefined;
  switch (record.level) {
    case 'plan':
      return {
        title,
        firstYear: record.firstYear,
        lastYear: record.lastYear,
        vision: record.vision,
      };
    case 'priority':
      return { planId: parentId, title, description: record.description };
    case 'objective':
      return { priorityId: parentId, title };
    case 'service-plan':
      return {
        serviceId: record.serviceId,
        year: record.year,
        title,
        ownerId: record.ownerId,
      };
    case 'key-action':
      return {
        servicePlanId: parentId,
        title,
        description: record.description,
        objectiveIds: links.objectiveIds,
        businessAsUsual: links.objectiveIds ? links.objectiveIds.length === 0 : undefined,
        corporateProject: record.corporateProject,
        ownerId: record.ownerId,
        startDate: record.startDate,
        dueDate: record.dueDate,
      };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what changes; empty when the row says what the store already holds. */
export function patchFor(record: PlanRecord, links: RowLinks, stored: StoredPlanItem): Fields {
  const current = stored as unknown as Fields;
  return Object.fromEntries(
    Object.entries(given(updateFields(record, links))).filter(([k, v]) => !same(v, current[k])),
  );
}
