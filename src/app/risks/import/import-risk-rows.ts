// The one way a risk's mitigating actions and past reviews are imported (the README, "Importing
// mitigations and reviews"): the performance team only; every row read first, every problem
// reported with its line and column, a row naming the same thing as an earlier row refused; then,
// only for a clean file, one store.writeMany: a row naming a stored item updates it where the file
// differs, so the same file twice writes nothing the second time.
import { randomUUID } from 'node:crypto';
import { ForbiddenError, ValidationError } from '../../../domain/errors/errors.js';
import type { Risk } from '../../../domain/model/types.js';
import type { ListShapes, WriteOp } from '../../../domain/ports/store.js';
import { londonDate } from '../../../domain/periods/index.js';
import { requireAdmin } from '../../admin/require-admin.js';
import { loadCatalogue } from '../../catalogue/index.js';
import type { AppDeps } from '../../deps.js';
import { decodeCsvText } from '../../import/decode-text.js';
import { makeLookups, type Lookups } from '../../import/lookups.js';
import { ProblemList } from '../../import/problems.js';
import { readTable, type TableColumns, type TableRow } from '../../import/read-records.js';
import type { RiskImportOptions, RiskImportSummary } from './import-risks.js';

export interface RowContext {
  lookups: Lookups;
  /** The stored risks by code, lower-cased: a row names its risk by code, in any case. */
  risks: Map<string, Risk>;
  /** Today in London, from the clock: a review cannot be dated after it. */
  today: string;
  problems: ProblemList;
}

export interface RowSpec<C extends string, L extends 'riskMitigations' | 'riskReviews'> {
  list: L;
  table: TableColumns<C>;
  event: string;
  /** What the performance team is refused as, e.g. "mitigating actions". */
  what: string;
  /** The row as the item's fields, its problems added to the context's list (null if any). */
  read(row: TableRow<C>, ctx: RowContext): ListShapes[L] | null;
  /** What names an item: a second row with the same key repeats it. */
  keyOf(fields: ListShapes[L]): string;
  /** The column a repeated row is reported against, and how the repeat is said. */
  repeat: { column: C; words: (firstLine: number) => string };
}

/** The risk a row's `risk` cell names, or its problem added. */
export function riskOf(line: number, code: string, ctx: RowContext): Risk | null {
  if (code === '') ctx.problems.add(line, 'risk', 'is required');
  const risk = code === '' ? undefined : ctx.risks.get(code.toLowerCase());
  if (code !== '' && !risk) {
    ctx.problems.add(line, 'risk', `"${code}" is not a risk's code in the store`);
  }
  return risk ?? null;
}

export async function importRiskRows<C extends string, L extends 'riskMitigations' | 'riskReviews'>(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: RiskImportOptions,
  spec: RowSpec<C, L>,
): Promise<RiskImportSummary> {
  const cat = await loadCatalogue(deps.store);
  const actor = cat.people.get(opts?.actorId);
  if (!actor) throw new ForbiddenError(`Only the performance team may import ${spec.what}`);
  requireAdmin(actor);

  const problems = new ProblemList();
  const { rows } = readTable(decodeCsvText(input), spec.table, problems);
  if (rows.length === 0) throw new ValidationError('has a header row but no data rows', 'file');
  const risks = new Map(
    (await deps.store.query('risks')).map((r) => [
      r.fields.code.toLowerCase(),
      { ...r.fields, id: r.id },
    ]),
  );
  const ctx: RowContext = {
    lookups: makeLookups(cat),
    risks,
    today: londonDate(deps.clock.now()),
    problems,
  };
  const read = new Map<string, { fields: ListShapes[L]; line: number }>();
  for (const row of rows) {
    const fields = spec.read(row, ctx);
    if (!fields) continue;
    const key = spec.keyOf(fields);
    const first = read.get(key);
    if (first) problems.add(row.line, spec.repeat.column, spec.repeat.words(first.line));
    else read.set(key, { fields, line: row.line });
  }
  problems.throwIfAny();

  const stored = new Map(
    (await deps.store.query(spec.list)).map((item) => [spec.keyOf(item.fields), item]),
  );
  const summary: RiskImportSummary = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
  const ops: WriteOp[] = [];
  for (const [key, { fields }] of read) {
    const held = stored.get(key);
    if (!held) {
      summary.created++;
      ops.push({ kind: 'create', list: spec.list, id: randomUUID(), fields: { ...fields } });
      continue;
    }
    const patch = Object.fromEntries(
      Object.entries(fields).filter(
        ([k, v]) =>
          JSON.stringify((held.fields as Record<string, unknown>)[k]) !== JSON.stringify(v),
      ),
    );
    if (Object.keys(patch).length === 0) summary.unchanged++;
    else {
      summary.updated++;
      ops.push({ kind: 'update', list: spec.list, id: held.id, version: held.version, patch });
    }
  }
  if (ops.length === 0) return summary;
  await deps.store.writeMany(ops, {
    actorId: actor.id,
    channel: 'import',
    event: spec.event,
    ...(opts.fileName ? { note: `imported from ${opts.fileName}` } : {}),
  });
  return summary;
}
