// The annual refresh (Chorley's January–April business planning): "Start next year's service
// plan" carries a service plan's unfinished key actions into the next financial year. The owner
// previews what would be carried, then confirms naming the version they previewed; next year's plan
// and its copies are written all or nothing, and the old year is left exactly as it was.
// Unfinished = not complete and not retired. Copies keep their due dates (the owner revises them
// after) and start again "not started, 0%", pointing back through copiedFromId.
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../../domain/errors/errors.js';
import type { KeyAction, Person, ServicePlan } from '../../domain/model/types.js';
import {
  keyActionWithDefaults,
  servicePlanWithDefaults,
} from '../../domain/model/plan-defaults.js';
import { financialYearLabel, parseFinancialYear } from '../../domain/periods/index.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { adminContext } from '../admin/require-admin.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { NOT_STARTED } from './key-actions.js';
import { requireServicePlanEditor } from './service-plan-access.js';
import { assertVersion, readItem, versioned } from './shared.js';

export interface CarriedAction {
  id: string;
  code: string;
  title: string;
  status: KeyAction['status'];
  percentComplete: number;
  dueDate: string;
  /** The code the copy will have in next year's plan. */
  newCode: string;
}

export interface NextYearPreview {
  servicePlan: { id: string; code: string; title: string; year: string; version: string };
  nextYear: string;
  nextCode: string;
  nextTitle: string;
  /** Next year's plan for the same service when one exists already (confirming is refused). */
  existing: { id: string; code: string } | null;
  carried: CarriedAction[];
  /** Complete or retired actions, which stay in the old year only. */
  leftBehind: number;
}

const unfinished = (a: KeyAction) => a.status !== 'complete' && !a.retired;

/** `WR-2025/26` → `WR-2026/27`; a code without the year gets it added. */
function nextPlanCode(plan: ServicePlan, nextYear: string): string {
  const suffix = `-${plan.year}`;
  const stem = plan.code.endsWith(suffix) ? plan.code.slice(0, -suffix.length) : plan.code;
  return `${stem}-${nextYear}`;
}

/**
 * As the demo codes earlier years' actions (`WR-24-KA1`): the two-digit start of the year after the
 * service's prefix, replacing any year tag already there: `WR-KA1` or `WR-25-KA1` → `WR-26-KA1`.
 */
function nextActionCode(code: string, fyStart: number, taken: Set<string>): string {
  const yy = String(fyStart % 100).padStart(2, '0');
  const tagged = /^(.+?)-\d{2}-(.+)$/.exec(code) ?? /^([^-]+)-(.+)$/.exec(code);
  const base = tagged ? `${tagged[1]}-${yy}-${tagged[2]}` : `${code}-${yy}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toUpperCase()); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate.toUpperCase());
  return candidate;
}

function plan(cat: Catalogue, id: string, actor: Person) {
  const found = cat.servicePlans.find((sp) => sp.id === id)!;
  requireServicePlanEditor(actor, found, cat.services);
  const fyStart = parseFinancialYear(found.year) + 1;
  const nextYear = financialYearLabel(fyStart);
  const existing =
    cat.servicePlans.find((sp) => sp.serviceId === found.serviceId && sp.year === nextYear) ?? null;
  const taken = new Set(cat.keyActions.map((a) => a.code.toUpperCase()));
  const actions = cat.keyActions
    .filter((a) => a.servicePlanId === id && unfinished(a))
    .sort((a, b) => a.code.localeCompare(b.code, 'en-GB', { numeric: true }))
    .map((a) => ({ action: a, newCode: nextActionCode(a.code, fyStart, taken) }));
  const all = cat.keyActions.filter((a) => a.servicePlanId === id).length;
  const title = found.title.includes(found.year)
    ? found.title.replace(found.year, nextYear)
    : `${found.title} ${nextYear}`;
  return { found, nextYear, existing, actions, leftBehind: all - actions.length, title };
}

export async function previewNextServicePlan(
  deps: AppDeps,
  actor: Person,
  servicePlanId: string,
): Promise<NextYearPreview> {
  const item = await readItem(deps, 'servicePlans', servicePlanId);
  const p = plan(await loadCatalogue(deps.store), servicePlanId, actor);
  return {
    servicePlan: {
      id: item.id,
      code: p.found.code,
      title: p.found.title,
      year: p.found.year,
      version: item.version,
    },
    nextYear: p.nextYear,
    nextCode: nextPlanCode(p.found, p.nextYear),
    nextTitle: p.title,
    existing: p.existing && { id: p.existing.id, code: p.existing.code },
    carried: p.actions.map(({ action: a, newCode }) => ({
      id: a.id,
      code: a.code,
      title: a.title,
      status: a.status,
      percentComplete: a.percentComplete,
      dueDate: a.dueDate,
      newCode,
    })),
    leftBehind: p.leftBehind,
  };
}

/** `version` is the service plan's version as previewed: a plan changed since is refused (409). */
export async function startNextServicePlan(
  deps: AppDeps,
  actor: Person,
  servicePlanId: string,
  version: string,
) {
  const item = await readItem(deps, 'servicePlans', servicePlanId);
  const cat = await loadCatalogue(deps.store);
  const p = plan(cat, servicePlanId, actor);
  assertVersion(item, version);
  if (p.existing)
    throw new ConflictError(
      `${p.existing.code} already exists: next year's service plan has been started.`,
    );
  const newPlanId = randomUUID();
  const old = servicePlanWithDefaults({ ...item.fields, id: item.id });
  const ops: WriteOp[] = [
    {
      kind: 'create',
      list: 'servicePlans',
      id: newPlanId,
      fields: {
        code: nextPlanCode(old, p.nextYear),
        serviceId: old.serviceId,
        year: p.nextYear,
        title: p.title,
        ownerId: old.ownerId,
        retired: false,
        copiedFromId: old.id,
      },
    },
    ...p.actions.map(({ action, newCode }): WriteOp => ({
      kind: 'create',
      list: 'keyActions',
      fields: copyOf(action, newCode, newPlanId),
    })),
  ];
  await deps.store.writeMany(ops, adminContext(actor, 'service-plan.next-year-started'));
  const created = await readItem(deps, 'servicePlans', newPlanId);
  return { servicePlan: versioned(created), carried: p.actions.length };
}

function copyOf(action: KeyAction, code: string, servicePlanId: string): Omit<KeyAction, 'id'> {
  const { id, ...fields } = keyActionWithDefaults(action);
  return {
    ...fields,
    ...NOT_STARTED,
    code,
    servicePlanId,
    copiedFromId: id,
    corporateProject: fields.corporateProject,
    milestones: fields.milestones.map((m) => ({ ...m })),
  };
}
