// Importing indicators, targets and historical figures from a CSV file (the README, "Importing indicators, targets and history from CSV"). All or
// nothing: every row is checked first, every problem is reported, and only a clean file is
// written, in one store.writeMany call.
import { randomUUID } from 'node:crypto';
import { ValidationError } from '../../domain/errors/errors.js';
import type { Target } from '../../domain/model/types.js';
import type { WriteOp } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { RawRow } from './columns.js';
import { decodeCsvText } from './decode-text.js';
import { loadExistingReturns } from './existing-returns.js';
import { periodFigures, type PeriodFigures } from './period-figures.js';
import { planReturns } from './plan-returns.js';
import { planTargets } from './plan-targets.js';
import { ProblemList } from './problems.js';
import { readRecords } from './read-records.js';
import { makeLookups } from './lookups.js';
import {
  isBreakdownRow,
  planBreakdowns,
  readBreakdownRows,
  type ImportedBreakdown,
} from './breakdown-rows.js';
import { resolveIndicator, type ResolvedIndicator } from './resolve-indicator.js';
import type { ImportOptions, ImportSummary } from './types.js';

interface IndicatorPlan {
  resolved: ResolvedIndicator;
  figures: PeriodFigures[];
  breakdowns: ImportedBreakdown[];
}

/** A figure row's numerator or denominator: only breakdown values carry them in this file. */
function refuseFigureParts(rows: RawRow[], problems: ProblemList): void {
  for (const row of rows)
    for (const column of ['numerator', 'denominator', 'breakdown_value'] as const)
      if (row.cells[column] !== '')
        problems.add(row.line, column, 'is for breakdown rows only: give the breakdown too');
}

/** Rows by code, case-insensitively (codes are matched as the catalogue does, upper-cased). */
function groupByCode(rows: RawRow[], problems: ProblemList): Map<string, RawRow[]> {
  const groups = new Map<string, RawRow[]>();
  for (const row of rows) {
    const code = row.cells.code;
    if (code === '') {
      problems.add(row.line, 'code', 'is required');
      continue;
    }
    const key = code.toUpperCase();
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

async function versions<L extends 'indicators' | 'targets'>(deps: AppDeps, list: L) {
  const items = await deps.store.query(list);
  return new Map(
    items.map((i) => [i.id, { ...(i.fields as object), id: i.id, version: i.version }]),
  );
}

export async function importCsv(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: ImportOptions,
): Promise<ImportSummary> {
  if (typeof opts?.actorId !== 'string' || opts.actorId.trim() === '') {
    throw new ValidationError('who is importing must be given', 'actorId');
  }
  const problems = new ProblemList();
  const { rows } = readRecords(decodeCsvText(input), problems);
  if (rows.length === 0) throw new ValidationError('has a header row but no data rows', 'file');
  const cat = await loadCatalogue(deps.store);
  const lookups = makeLookups(cat);
  const plans: IndicatorPlan[] = [];
  for (const [key, group] of groupByCode(rows, problems)) {
    const ctx = { rows: group, problems, lookups, actorId: opts.actorId };
    const resolved = resolveIndicator(ctx, group[0]!.cells.code, cat.indicatorsByCode.get(key));
    if (!resolved) continue;
    if (resolved.isNew) resolved.indicator.id = randomUUID();
    const figureRows = group.filter((r) => !isBreakdownRow(r));
    refuseFigureParts(figureRows, problems);
    plans.push({
      resolved,
      figures: periodFigures(figureRows, resolved.indicator, problems),
      breakdowns: readBreakdownRows(group.filter(isBreakdownRow), resolved.indicator, problems),
    });
  }
  problems.throwIfAny();

  const now = deps.clock.now().toISOString();
  const storedIds = new Set(
    plans.filter((p) => !p.resolved.isNew).map((p) => p.resolved.indicator.id),
  );
  const periodKeys = new Set(
    plans.flatMap((p) => [
      ...p.figures.filter((f) => f.actual !== null).map((f) => f.period.key),
      ...p.breakdowns.map((b) => b.periodKey),
    ]),
  );
  const [existing, indicatorVersions, targetVersions, storedBreakdowns, areas] = await Promise.all([
    loadExistingReturns(deps.store, storedIds, periodKeys),
    versions(deps, 'indicators'),
    versions(deps, 'targets'),
    deps.store.query('breakdownValues'),
    deps.store.query('areaBoundaries'),
  ]);
  // A breakdown is of a figure: the file gives it, or a return for the period is already held.
  for (const { resolved, figures, breakdowns } of plans) {
    const given = new Set(figures.filter((f) => f.actual !== null).map((f) => f.period.key));
    for (const b of breakdowns) {
      if (given.has(b.periodKey) || existing.has(`${resolved.indicator.id}|${b.periodKey}`))
        continue;
      problems.add(
        b.lines[0]!,
        'period',
        `${resolved.indicator.code} has no figure for ${b.periodKey}: give its own row (with the actual) too`,
      );
    }
  }
  problems.throwIfAny();
  const areaNames = new Map(areas.map((a) => [a.fields.areaCode, a.fields.areaName]));

  const summary: ImportSummary = {
    indicatorsCreated: 0,
    indicatorsUpdated: 0,
    indicatorsNeedingOwners: 0,
    targetsWritten: 0,
    returnsCreated: 0,
    returnsUpdated: 0,
    breakdownValuesWritten: 0,
    rows: rows.length,
  };
  const ops: WriteOp[] = [];
  for (const { resolved, figures, breakdowns } of plans) {
    const { indicator } = resolved;
    if (resolved.isNew) {
      const { id, ...fields } = indicator;
      ops.push({ kind: 'create', list: 'indicators', id, fields });
      summary.indicatorsCreated++;
      if (indicator.needsOwners) summary.indicatorsNeedingOwners++;
    } else if (Object.keys(resolved.patch).length) {
      const version = indicatorVersions.get(indicator.id)!.version;
      ops.push({
        kind: 'update',
        list: 'indicators',
        id: indicator.id,
        version,
        patch: resolved.patch,
      });
      summary.indicatorsUpdated++;
    }
    const targetOps = planTargets(
      cat,
      indicator,
      figures,
      targetVersions as Map<string, Target & { version: string }>,
    );
    ops.push(...targetOps);
    summary.targetsWritten += targetOps.length;
    const returnOps = planReturns(indicator.id, figures, existing, opts.actorId, now);
    ops.push(...returnOps.ops);
    summary.returnsCreated += returnOps.created;
    summary.returnsUpdated += returnOps.updated;
    const breakdownOps = planBreakdowns(
      indicator.id,
      breakdowns,
      storedBreakdowns.filter((b) => b.fields.indicatorId === indicator.id),
      (code) => areaNames.get(code),
      { enteredBy: opts.actorId, enteredAt: now },
    );
    ops.push(...breakdownOps);
    summary.breakdownValuesWritten += breakdownOps.length;
  }
  if (ops.length) {
    await deps.store.writeMany(ops, {
      actorId: opts.actorId,
      channel: 'import',
      event: 'import.csv',
      ...(opts.fileName ? { note: `imported from ${opts.fileName}` } : {}),
    });
  }
  return summary;
}
