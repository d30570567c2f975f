// Importing comparator figures from CSV (issue 16; the README, "Importing comparator figures"):
// our own file (code, period, group, area_code, area_name, value, kind, source) or LG Inform's
// download of one metric (told apart by its header row; `code` and `group` then say which
// indicator and group it is). All or nothing, like the other imports: every row is read first,
// every problem reported with its line, and only a clean file is written, in one writeMany call.
import { ForbiddenError, ValidationError } from '../../../domain/errors/errors.js';
import type { Indicator } from '../../../domain/model/types.js';
import type { Store, WriteContext } from '../../../domain/ports/store.js';
import { loadCatalogue, type Catalogue } from '../../catalogue/index.js';
import type { AppDeps } from '../../deps.js';
import { decodeCsvText } from '../../import/decode-text.js';
import { ProblemList } from '../../import/problems.js';
import { readCsvRecords, readTable } from '../../import/read-records.js';
import { groupsByKey } from '../groups.js';
import type { BenchmarkRow } from './benchmark-row.js';
import { BENCHMARK_TABLE } from './columns.js';
import { lgInformHeaderAt, lgInformSource, readLgInformRecords } from './lg-inform-csv.js';
import { planBenchmarkWrites, type BenchmarkImportSummary } from './plan-benchmark-writes.js';
import { readBenchmarkRow } from './read-benchmark-row.js';

export interface BenchmarkImportOptions {
  actorId: string;
  fileName?: string;
  /** For LG Inform's download only: our indicator's code, and the group its councils are in. */
  code?: string;
  group?: string;
}

export type { BenchmarkImportSummary };

/** The performance team loads comparators, as it loads history: refused before the file is read. */
export async function adminCatalogue(store: Store, actorId: string): Promise<Catalogue> {
  if (typeof actorId !== 'string' || actorId.trim() === '') {
    throw new ValidationError('who is importing must be given', 'actorId');
  }
  const cat = await loadCatalogue(store);
  if (!cat.people.get(actorId)?.roles.includes('admin')) {
    throw new ForbiddenError('Only the performance team may load comparator figures');
  }
  return cat;
}

export function indicatorByCode(
  cat: Catalogue,
  code: string | undefined,
  field: string,
): Indicator {
  if (code === undefined || code.trim() === '') {
    throw new ValidationError("is required: our indicator's code", field);
  }
  const indicator = cat.indicatorsByCode.get(code.trim().toUpperCase());
  if (!indicator)
    throw new ValidationError(`"${code}" is not an indicator's code in the store`, field);
  return indicator;
}

function lgInformRows(
  cat: Catalogue,
  text: string,
  opts: BenchmarkImportOptions,
  problems: ProblemList,
): BenchmarkRow[] {
  const indicator = indicatorByCode(cat, opts.code, 'code');
  if (opts.group === undefined || opts.group.trim() === '') {
    throw new ValidationError(
      "is required with LG Inform's download: the comparator group",
      'group',
    );
  }
  const source = lgInformSource(indicator.lgInformMetricId);
  return readLgInformRecords(
    readCsvRecords(text),
    { indicator, group: opts.group, source },
    problems,
  );
}

function ownRows(
  cat: Catalogue,
  text: string,
  opts: BenchmarkImportOptions,
  problems: ProblemList,
) {
  for (const [field, given] of [
    ['code', opts.code],
    ['group', opts.group],
  ] as const) {
    if (given !== undefined) {
      throw new ValidationError(
        "is only for LG Inform's download: this file names the code and group on each row",
        field,
      );
    }
  }
  const { rows } = readTable(text, BENCHMARK_TABLE, problems);
  return rows.flatMap((row) => readBenchmarkRow(row, cat.indicatorsByCode, problems) ?? []);
}

/** Writes the checked rows (nothing when they are what the store holds); refuses on any problem. */
export async function writeBenchmarkRows(
  deps: AppDeps,
  rows: BenchmarkRow[],
  problems: ProblemList,
  ctx: WriteContext,
): Promise<BenchmarkImportSummary> {
  // Planned even when rows were refused, so a repeated figure is reported with the rest.
  const stored = {
    groups: await groupsByKey(deps.store),
    values: await deps.store.query('benchmarkValues'),
  };
  const now = deps.clock.now().toISOString();
  const { ops, summary } = planBenchmarkWrites(rows, stored, now, problems);
  problems.throwIfAny();
  if (ops.length) await deps.store.writeMany(ops, ctx);
  return summary;
}

export async function importBenchmarksCsv(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: BenchmarkImportOptions,
): Promise<BenchmarkImportSummary> {
  const cat = await adminCatalogue(deps.store, opts?.actorId);
  const text = decodeCsvText(input);
  const problems = new ProblemList();
  const lgInform = lgInformHeaderAt(readCsvRecords(text)) >= 0;
  const rows = lgInform
    ? lgInformRows(cat, text, opts, problems)
    : ownRows(cat, text, opts, problems);
  if (rows.length === 0 && problems.empty) {
    throw new ValidationError('has a header row but no figures', 'file');
  }
  return writeBenchmarkRows(deps, rows, problems, {
    actorId: opts.actorId,
    channel: 'import',
    event: 'benchmarks.imported',
    ...(opts.fileName ? { note: `imported from ${opts.fileName}` } : {}),
  });
}
