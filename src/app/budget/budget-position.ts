// The budget position for a quarter (issue 17; Derbyshire's quarterly "budget position and forecast
// outturn", seeds/004): per directorate, its services and their lines, with the variance in words.
// Anyone of the council may read it, as they may read the dashboard beside it; a stranger may not.
// Without a quarter it is the latest one available as at today by the injected clock (or as at a
// date the reader names).
import {
  budgetQuarter,
  latestQuarterAsAt,
  linesForQuarter,
  positionOf,
  rollUpBudget,
  type BudgetTolerance,
  type DirectoratePosition,
} from '../../domain/budget/index.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import type { BudgetLine } from '../../domain/model/types.js';
import {
  financialYearLabel,
  isValidIsoDate,
  londonDate,
  parseFinancialYear,
  type Period,
} from '../../domain/periods/index.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { loadBudgetTolerance, toleranceWords } from './budget-tolerance.js';
import { amountsView, type BudgetPositionView, type DirectorateBudgetView } from './budget-view.js';

type Line = BudgetLine & { id: string };

export interface BudgetQuery {
  year?: unknown;
  quarter?: unknown;
  /** `YYYY-MM-DD`: judge "latest" on this day instead of today (a strategic dashboard's date). */
  asAt?: unknown;
}

function asAtOf(deps: AppDeps, value: unknown): string {
  const given = text(value, 'asAt');
  if (given === undefined) return londonDate(deps.clock.now());
  if (!isValidIsoDate(given)) {
    throw new ValidationError(`must be a date as YYYY-MM-DD, not ${JSON.stringify(given)}`, 'asAt');
  }
  return given;
}

function text(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new ValidationError('must be text', field);
  }
  return String(value);
}

/** `year` is canonical (`2025/26`) or absent. */
function chooseQuarter(
  lines: Line[],
  year: string | undefined,
  query: BudgetQuery,
  asAt: string,
): Period {
  const quarter = text(query.quarter, 'quarter');
  if (quarter !== undefined) {
    if (year === undefined) {
      throw new ValidationError('is needed with a quarter, e.g. year=2025/26&quarter=2', 'year');
    }
    return budgetQuarter(year, quarter);
  }
  const latest = latestQuarterAsAt(lines, asAt, year);
  if (!latest) {
    throw new NotFoundError(
      `No budget lines${year ? ` for ${year}` : ''} for a quarter ended by ${asAt}.`,
    );
  }
  return latest;
}

function directorateView(
  cat: Catalogue,
  d: DirectoratePosition<Line>,
  limits: BudgetTolerance,
): DirectorateBudgetView {
  return {
    directorateId: d.directorateId,
    name: cat.directorates.get(d.directorateId)?.name ?? 'No directorate',
    ...amountsView(d),
    services: d.services.map((s) => ({
      serviceId: s.serviceId,
      name: cat.services.get(s.serviceId)?.name ?? s.serviceId,
      ...amountsView(s),
      lines: s.lines.map((l) => ({
        id: l.id,
        periodKey: l.periodKey,
        commentary: l.commentary,
        ...amountsView(positionOf([l], limits)),
      })),
    })),
  };
}

export async function budgetPosition(
  deps: AppDeps,
  viewerId: string,
  query: BudgetQuery,
): Promise<BudgetPositionView> {
  const cat = await loadCatalogue(deps.store);
  if (!cat.people.has(viewerId))
    throw new ForbiddenError('Only people of the council may do this.');
  return positionFor(deps, cat, query);
}

/**
 * The position without a reader: for reports made by the CLI or for a reader the route has
 * already identified (the Performance and Budget report), so both read the same figures.
 */
export async function positionFor(
  deps: AppDeps,
  cat: Catalogue,
  query: BudgetQuery,
): Promise<BudgetPositionView> {
  const asAt = asAtOf(deps, query.asAt);
  // One year's lines when the year is named (an indexed filter), else every year's for "latest".
  const named = text(query.year, 'year');
  const year = named === undefined ? undefined : financialYearLabel(parseFinancialYear(named));
  const stored = await deps.store.query('budgetLines', year === undefined ? {} : { year });
  const all = stored.map((i) => ({ ...i.fields, id: i.id }));
  const quarter = chooseQuarter(all, year, query, asAt);
  const limits = await loadBudgetTolerance(deps.store);
  const lines = linesForQuarter(all, quarter);
  const rolled = rollUpBudget(lines, (id) => cat.services.get(id)?.directorateId ?? null, limits);
  const order = [...cat.directorates.keys()];
  rolled.sort((a, b) => rank(order, a.directorateId) - rank(order, b.directorateId));
  const covered = new Set(lines.map((l) => l.serviceId));
  return {
    year: quarter.year,
    quarter: quarter.index,
    periodKey: quarter.key,
    periodLabel: quarter.label,
    asAt,
    tolerance: { ...limits, words: toleranceWords(limits) },
    directorates: rolled.map((d) => directorateView(cat, d, limits)),
    council: amountsView(positionOf(rolled, limits)),
    servicesWithoutLines: [...cat.services.values()]
      .filter((s) => !covered.has(s.id))
      .map((s) => s.name),
  };
}

/** The plan's order of directorates; one the plan does not know goes last. */
function rank(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
