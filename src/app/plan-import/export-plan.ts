// `plan export`: every plan item as one row in the import file's own columns, so the CSV imports
// back unchanged and the JSON speaks the same vocabulary (level, code, title, parent …). People
// are written by email and services by name, as a person would type them.
import { stringify } from 'csv-stringify/sync';
import type { Person, Service } from '../../domain/model/types.js';
import { formatDate } from '../../domain/periods/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { protectCell } from '../export/serialise.js';
import { PLAN_COLUMNS, type PlanColumn } from './columns.js';
import { loadPlanSnapshot } from './load-snapshot.js';
import type { PlanSnapshot } from './plan-snapshot.js';

export type PlanExportRow = Record<PlanColumn, string>;

function blankRow(): PlanExportRow {
  return Object.fromEntries(PLAN_COLUMNS.map((c) => [c, ''])) as PlanExportRow;
}

/** Rows in thread order: each plan with its priorities and their objectives, then service plans
 * each followed by its key actions. */
export function planExportRows(
  s: PlanSnapshot,
  people: Map<string, Person>,
  services: Map<string, Service>,
): PlanExportRow[] {
  const codeOf = new Map<string, string>();
  for (const list of [s.plans, s.priorities, s.objectives, s.servicePlans]) {
    for (const item of list) codeOf.set(item.id, item.code);
  }
  const who = (id: string) => people.get(id)?.email ?? id;
  const row = (fields: Partial<PlanExportRow>) => ({ ...blankRow(), ...fields });
  const byOrder = <T extends { order: number; code: string }>(a: T, b: T) =>
    a.order - b.order || a.code.localeCompare(b.code);
  const rows: PlanExportRow[] = [];
  for (const plan of s.plans) {
    rows.push(
      row({
        level: 'plan',
        code: plan.code,
        title: plan.title,
        start: plan.firstYear,
        end: plan.lastYear,
        description: plan.vision,
      }),
    );
    for (const priority of s.priorities.filter((p) => p.planId === plan.id).sort(byOrder)) {
      rows.push(
        row({
          level: 'priority',
          code: priority.code,
          title: priority.title,
          parent: plan.code,
          description: priority.description,
        }),
      );
      for (const o of s.objectives.filter((x) => x.priorityId === priority.id).sort(byOrder)) {
        rows.push(row({ level: 'objective', code: o.code, title: o.title, parent: priority.code }));
      }
    }
  }
  for (const sp of s.servicePlans) {
    rows.push(
      row({
        level: 'service-plan',
        code: sp.code,
        title: sp.title,
        service: services.get(sp.serviceId)?.name ?? sp.serviceId,
        year: sp.year,
        owner: who(sp.ownerId),
      }),
    );
    for (const a of s.keyActions.filter((k) => k.servicePlanId === sp.id)) {
      rows.push(
        row({
          level: 'key-action',
          code: a.code,
          title: a.title,
          parent: sp.code,
          start: a.startDate ? formatDate(a.startDate) : '',
          end: a.dueDate ? formatDate(a.dueDate) : '',
          owner: who(a.ownerId),
          objectives: a.objectiveIds.map((id) => codeOf.get(id) ?? id).join(';'),
          description: a.description,
          corporate_project: a.corporateProject ? 'yes' : 'no',
        }),
      );
    }
  }
  return rows;
}

export async function exportPlan(deps: AppDeps): Promise<PlanExportRow[]> {
  const cat = await loadCatalogue(deps.store);
  const { snapshot } = await loadPlanSnapshot(deps.store, cat.services);
  return planExportRows(snapshot, cat.people, cat.services);
}

export function planRowsToCsv(rows: readonly PlanExportRow[]): string {
  return stringify(
    rows.map((r) => PLAN_COLUMNS.map((c) => protectCell(r[c]))),
    { header: true, columns: [...PLAN_COLUMNS] },
  );
}

export function planRowsToJson(rows: readonly PlanExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
