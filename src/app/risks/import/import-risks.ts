// Importing the risk register from a CSV file (the README, "Importing the risk register from
// CSV"): one row per risk. All or nothing, like the indicator and plan imports: every row is read
// first, every problem reported with its line, and only a clean file is written, in one
// store.writeMany call. A code already stored updates that risk (only where the file differs), so
// the same file twice writes nothing the second time.
import { randomUUID } from 'node:crypto';
import { ForbiddenError, ValidationError } from '../../../domain/errors/errors.js';
import type { Risk } from '../../../domain/model/types.js';
import type { WriteOp } from '../../../domain/ports/store.js';
import { riskDerivedFields } from '../../../domain/risks/index.js';
import { requireAdmin } from '../../admin/require-admin.js';
import { loadCatalogue } from '../../catalogue/index.js';
import type { AppDeps } from '../../deps.js';
import { decodeCsvText } from '../../import/decode-text.js';
import { makeLookups } from '../../import/lookups.js';
import { ProblemList } from '../../import/problems.js';
import { readTable } from '../../import/read-records.js';
import { RISK_TABLE } from './columns.js';
import { readRiskRecord, type RiskRecord } from './risk-records.js';

export interface RiskImportOptions {
  /** The person importing: the performance team (an admin). */
  actorId: string;
  fileName?: string;
}

export interface RiskImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

type RiskFields = Omit<Risk, 'id'>;

const DEFAULTS: Pick<
  RiskFields,
  'description' | 'category' | 'objectiveIds' | 'keyActionIds' | 'projectIds' | 'status'
> = {
  description: '',
  category: '',
  objectiveIds: [],
  keyActionIds: [],
  projectIds: [],
  status: 'open',
};

export async function importRisksCsv(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: RiskImportOptions,
): Promise<RiskImportSummary> {
  const cat = await loadCatalogue(deps.store);
  const actor = cat.people.get(opts?.actorId);
  if (!actor) throw new ForbiddenError('Only the performance team may import the risk register');
  requireAdmin(actor);

  const problems = new ProblemList();
  const { columns, rows } = readTable(decodeCsvText(input), RISK_TABLE, problems);
  if (rows.length === 0) throw new ValidationError('has a header row but no data rows', 'file');
  const lookups = makeLookups(cat);
  const firstLine = new Map<string, number>();
  const records: RiskRecord[] = [];
  for (const row of rows) {
    const record = readRiskRecord(row, columns, cat, lookups, problems);
    const key = row.cells.code.toLowerCase();
    const seen = firstLine.get(key);
    if (key !== '' && seen !== undefined) {
      problems.add(row.line, 'code', `"${row.cells.code}" is used again (first on line ${seen})`);
    } else if (key !== '') firstLine.set(key, row.line);
    if (record) records.push(record);
  }
  problems.throwIfAny();

  const stored = new Map(
    (await deps.store.query('risks')).map((r) => [r.fields.code.toLowerCase(), r]),
  );
  const summary: RiskImportSummary = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
  const ops: WriteOp[] = [];
  for (const { line: _line, ...record } of records) {
    const existing = stored.get(record.code.toLowerCase());
    // A stored risk keeps its code as first written: `cr02` in a file names `CR02`, not renames it.
    const given = Object.fromEntries(
      Object.entries(record).filter(([k, v]) => v !== undefined && !(existing && k === 'code')),
    );
    const fields = { ...DEFAULTS, ...existing?.fields, ...given } as RiskFields;
    Object.assign(fields, riskDerivedFields(fields));
    if (!existing) {
      summary.created++;
      ops.push({ kind: 'create', list: 'risks', id: randomUUID(), fields: { ...fields } });
      continue;
    }
    const patch = changedFields(existing.fields, fields);
    if (Object.keys(patch).length === 0) {
      summary.unchanged++;
      continue;
    }
    summary.updated++;
    ops.push({ kind: 'update', list: 'risks', id: existing.id, version: existing.version, patch });
  }
  if (ops.length === 0) return summary;
  await deps.store.writeMany(ops, {
    actorId: actor.id,
    channel: 'import',
    event: 'risk.import',
    ...(opts.fileName ? { note: `imported from ${opts.fileName}` } : {}),
  });
  return summary;
}

function changedFields(before: RiskFields, after: RiskFields): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const was = (before as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(was) !== JSON.stringify(value)) patch[key] = value;
  }
  return patch;
}
