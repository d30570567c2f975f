// Importing a council's plan from a CSV file (the README, "Importing plans from CSV"): plans,
// priorities, objectives, service plans and key actions, one row each. All or nothing: every row
// is read and resolved first, every problem reported with its line, and only a clean file is
// written, in one store.writeMany call. Rows that say what the store holds write nothing.
import { randomUUID } from 'node:crypto';
import { ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { requireAdmin } from '../admin/require-admin.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { decodeCsvText } from '../import/decode-text.js';
import { makeLookups } from '../import/lookups.js';
import { ProblemList } from '../import/problems.js';
import { readTable } from '../import/read-records.js';
import { PLAN_TABLE, type PlanLevel } from './columns.js';
import { checkFields } from './check-fields.js';
import { loadPlanSnapshot } from './load-snapshot.js';
import { readPlanRecord, type PlanRecord } from './plan-records.js';
import type { PlanList } from './plan-snapshot.js';
import { resolvePlan } from './resolve-plan.js';

export interface PlanImportOptions {
  /** Who is importing: a person in the store (an admin), or `cli` while the store has no admin. */
  actorId: string;
  fileName?: string;
}

export type PlanImportSummary = Record<PlanLevel, { created: number; updated: number }> & {
  rows: number;
};

const LEVEL_OF: Record<PlanList, PlanLevel> = {
  plans: 'plan',
  priorities: 'priority',
  objectives: 'objective',
  servicePlans: 'service-plan',
  keyActions: 'key-action',
};

export async function importPlanCsv(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: PlanImportOptions,
): Promise<PlanImportSummary> {
  if (typeof opts?.actorId !== 'string' || opts.actorId.trim() === '') {
    throw new ValidationError('who is importing must be given', 'actorId');
  }
  const cat = await loadCatalogue(deps.store);
  // The plan is the performance team's: a named person must be an admin; the command line acts
  // as `cli` only while the store has no admin at all (a council starting from nothing).
  const actor = cat.people.get(opts.actorId);
  if (actor) requireAdmin(actor);
  else if ([...cat.people.values()].some((p) => p.roles.includes('admin'))) {
    throw new ForbiddenError('Only the performance team may import a plan');
  }

  const problems = new ProblemList();
  const { columns, rows } = readTable(decodeCsvText(input), PLAN_TABLE, problems);
  if (rows.length === 0) throw new ValidationError('has a header row but no data rows', 'file');
  const lookups = makeLookups(cat);
  const records = rows
    .map((row) => readPlanRecord(row, columns, lookups, problems))
    .filter((r): r is PlanRecord => r !== null);
  const { snapshot, versions } = await loadPlanSnapshot(deps.store, cat.services);
  const changes = resolvePlan(records, snapshot, problems, {
    actorId: opts.actorId,
    newId: randomUUID,
  });
  checkFields(cat, snapshot, changes, problems);
  problems.throwIfAny();

  const summary = Object.fromEntries(
    Object.values(LEVEL_OF).map((l) => [l, { created: 0, updated: 0 }]),
  ) as unknown as PlanImportSummary;
  summary.rows = rows.length;
  if (changes.length === 0) return summary;

  const ops: WriteOp[] = changes.map((c) => {
    summary[LEVEL_OF[c.list]][c.kind === 'create' ? 'created' : 'updated']++;
    return c.kind === 'create'
      ? { kind: 'create', list: c.list, id: c.id, fields: c.fields }
      : {
          kind: 'update',
          list: c.list,
          id: c.id,
          version: versions.get(`${c.list}|${c.id}`)!,
          patch: c.patch,
        };
  });
  await deps.store.writeMany(ops, {
    actorId: opts.actorId,
    channel: 'import',
    event: 'plan.import',
    ...(opts.fileName ? { note: `imported from ${opts.fileName}` } : {}),
  });
  return summary;
}
