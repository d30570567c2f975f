// Importing budget lines from the finance system's CSV export (issue 17; the README, "Importing
// budget lines from CSV"). All or nothing, like the other imports: every row is read first, every
// problem reported with its line, and only a clean file is written, in one store.writeMany call.
// Idempotent: a row replaces the stored line of the same service and period, and a row that says
// what is stored writes nothing, so the same export imported twice changes nothing the second time.
import { ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import type { BudgetLine } from '../../domain/model/types.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { decodeCsvText } from '../import/decode-text.js';
import { makeLookups } from '../import/lookups.js';
import { ProblemList } from '../import/problems.js';
import { readTable } from '../import/read-records.js';
import { BUDGET_TABLE } from './budget-columns.js';
import { readBudgetRow } from './read-budget-row.js';

export interface BudgetImportOptions {
  actorId: string;
  fileName?: string;
}

export interface BudgetImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

const keyOf = (l: Pick<BudgetLine, 'serviceId' | 'periodKey'>) => `${l.serviceId}|${l.periodKey}`;

function differs(stored: BudgetLine, next: BudgetLine): boolean {
  return (Object.keys(next) as (keyof BudgetLine)[]).some((k) => stored[k] !== next[k]);
}

export async function importBudgetCsv(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: BudgetImportOptions,
): Promise<BudgetImportSummary> {
  if (typeof opts?.actorId !== 'string' || opts.actorId.trim() === '') {
    throw new ValidationError('who is importing must be given', 'actorId');
  }
  const cat = await loadCatalogue(deps.store);
  // Budget monitoring is reported, not entered by services: the performance team loads it.
  const actor = cat.people.get(opts.actorId);
  if (!actor?.roles.includes('admin')) {
    throw new ForbiddenError('Only the performance team may import budget lines');
  }

  const problems = new ProblemList();
  const { rows } = readTable(decodeCsvText(input), BUDGET_TABLE, problems);
  if (rows.length === 0) throw new ValidationError('has a header row but no data rows', 'file');
  const lookups = makeLookups(cat);
  const lines = new Map<string, { line: BudgetLine; at: number }>();
  for (const row of rows) {
    const line = readBudgetRow(row, lookups, problems);
    if (!line) continue;
    const held = lines.get(keyOf(line));
    if (held) {
      problems.add(
        row.line,
        'period',
        `repeats line ${held.at}: one row per service per period (${line.periodKey})`,
      );
    } else lines.set(keyOf(line), { line, at: row.line });
  }
  problems.throwIfAny();

  const stored = new Map(
    (await deps.store.query('budgetLines')).map((item) => [keyOf(item.fields), item]),
  );
  const summary: BudgetImportSummary = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
  const ops: WriteOp[] = [];
  for (const [key, { line }] of lines) {
    const held = stored.get(key);
    if (!held) {
      ops.push({ kind: 'create', list: 'budgetLines', fields: { ...line } });
      summary.created++;
    } else if (differs(held.fields, line)) {
      ops.push({
        kind: 'update',
        list: 'budgetLines',
        id: held.id,
        version: held.version,
        patch: { ...line },
      });
      summary.updated++;
    } else summary.unchanged++;
  }
  if (ops.length) {
    await deps.store.writeMany(ops, {
      actorId: opts.actorId,
      channel: 'import',
      event: 'budget.imported',
      ...(opts.fileName ? { note: `imported from ${opts.fileName}` } : {}),
    });
  }
  return summary;
}
