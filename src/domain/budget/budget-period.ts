// Which periods a budget line may be for, and which line stands for a quarter. Lines are kept per
// quarter or per month (ledgers differ, issue 17); actual to date and forecast outturn are as at
// the period's end, so a quarter's position is its own quarterly line or, failing that, its latest
// monthly line. Time is an input here: "as at" dates come from the caller's clock.
import { ValidationError } from '../errors/errors.js';
import type { BudgetLine, IsoDate } from '../model/types.js';
import { makePeriod, parseFinancialYear, tryParsePeriod, type Period } from '../periods/index.js';

/** The line's period: a quarter or a month, or why it cannot hold a budget line. */
export function budgetPeriod(text: string): Period | string {
  const period = tryParsePeriod(text);
  if (!period) return `"${text}" is not a period; use a quarter (2025/26 Q2) or a month (2025-09)`;
  if (period.kind !== 'quarter' && period.kind !== 'month') {
    return `"${text}" is a ${period.kind === 'half' ? 'half-year' : 'year'}; budget lines are per quarter (2025/26 Q2) or month (2025-09)`;
  }
  return period;
}

/** The quarter `2025/26` `2` names; each mistake names its parameter. */
export function budgetQuarter(year: string, quarter: string | number): Period {
  const fyStart = parseFinancialYear(year);
  const q =
    typeof quarter === 'number' ? quarter : /^\s*[1-4]\s*$/.test(quarter) ? Number(quarter) : NaN;
  if (!Number.isInteger(q) || q < 1 || q > 4) {
    throw new ValidationError(`must be 1, 2, 3 or 4, not ${JSON.stringify(quarter)}`, 'quarter');
  }
  return makePeriod('quarter', fyStart, q);
}

function periodOf(line: BudgetLine): Period | null {
  const p = budgetPeriod(line.periodKey);
  return typeof p === 'string' ? null : p;
}

/**
 * Per service, the line that gives the quarter's position: the quarterly line, else the monthly
 * line of the quarter that ends latest. Lines of other quarters are ignored.
 */
export function linesForQuarter<L extends BudgetLine>(lines: readonly L[], quarter: Period): L[] {
  const best = new Map<string, { line: L; period: Period }>();
  for (const line of lines) {
    const period = periodOf(line);
    if (!period || period.start < quarter.start || period.end > quarter.end) continue;
    const held = best.get(line.serviceId);
    const better =
      !held ||
      (held.period.kind === 'month' && period.kind === 'quarter') ||
      (held.period.kind === period.kind && period.end > held.period.end);
    if (better) best.set(line.serviceId, { line, period });
  }
  return [...best.values()].map((b) => b.line);
}

/**
 * The latest quarter with any budget line whose quarter has ended by `asAt` (a quarter's figures
 * are as at its end, so one still running is not yet available); `year` limits it to one year.
 */
export function latestQuarterAsAt(
  lines: readonly BudgetLine[],
  asAt: IsoDate,
  year?: string,
): Period | null {
  let latest: Period | null = null;
  for (const line of lines) {
    const period = periodOf(line);
    if (!period || (year !== undefined && period.year !== year)) continue;
    const index = period.kind === 'quarter' ? period.index : Math.ceil(period.index / 3);
    const quarter = makePeriod('quarter', period.fyStart, index);
    if (quarter.end > asAt) continue;
    if (!latest || quarter.end > latest.end) latest = quarter;
  }
  return latest;
}
