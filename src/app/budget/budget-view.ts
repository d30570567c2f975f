// What a reader of the budget position sees: every amount as whole pence (for sums and charts)
// and as en-GB text (for pages and reports), the variance and its words.
import { formatPence, type BudgetPosition } from '../../domain/budget/index.js';
import type { VarianceWords } from '../../domain/budget/index.js';

export interface AmountsView {
  originalBudgetPence: number;
  currentBudgetPence: number;
  actualToDatePence: number;
  forecastOutturnPence: number;
  variancePence: number;
  variancePercent: number | null;
  words: VarianceWords;
  /** The same, formatted: `£1,234.56`, `-£250.00`, `+3.0%`. */
  text: {
    originalBudget: string;
    currentBudget: string;
    actualToDate: string;
    forecastOutturn: string;
    variance: string;
    variancePercent: string | null;
    /** The variance in a sentence: "£120,400 over budget (1.9%), within tolerance". */
    position: string;
  };
}

export interface BudgetLineView extends AmountsView {
  id: string;
  periodKey: string;
  commentary: string;
}

export interface ServiceBudgetView extends AmountsView {
  serviceId: string;
  name: string;
  lines: BudgetLineView[];
}

export interface DirectorateBudgetView extends AmountsView {
  /** '' for lines whose service is no longer in the plan. */
  directorateId: string;
  name: string;
  services: ServiceBudgetView[];
}

export interface BudgetPositionView {
  year: string;
  quarter: number;
  periodKey: string;
  periodLabel: string;
  /** The day "latest" was judged on: the one asked for, else the clock's today (Europe/London). */
  asAt: string;
  tolerance: { percent: number; floorPence: number; words: string };
  directorates: DirectorateBudgetView[];
  council: AmountsView;
  /** Services with no line for the quarter, by name: the figures still owed by finance. */
  servicesWithoutLines: string[];
}

const signed = (pence: number) => (pence > 0 ? `+${formatPence(pence)}` : formatPence(pence));

/**
 * The variance in words, for a reader who scans a row rather than reads a table: to the pound, as
 * committee papers print it, the direction said rather than signed, and the tolerance named, so an
 * overspend is never told by colour or a minus sign alone (a positive variance is adverse).
 */
export function positionWords(
  p: Pick<BudgetPosition, 'variancePence' | 'variancePercent' | 'words'>,
) {
  const amount = formatPence(Math.abs(p.variancePence), { whole: true });
  if (amount === '£0') return 'On budget';
  const size = p.variancePercent === null ? null : Math.abs(p.variancePercent).toFixed(1);
  // A variance that rounds to 0.0% is still a variance: not "(0.0%)" beside £2,095.
  const percent = size === null ? '' : size === '0.0' ? ' (less than 0.1%)' : ` (${size}%)`;
  const tolerance =
    p.words === 'On budget'
      ? 'within tolerance'
      : p.words === 'Overspend'
        ? 'over tolerance'
        : 'beyond tolerance';
  return `${amount} ${p.variancePence > 0 ? 'over' : 'under'} budget${percent}, ${tolerance}`;
}

export function amountsView(p: BudgetPosition): AmountsView {
  return {
    originalBudgetPence: p.originalBudgetPence,
    currentBudgetPence: p.currentBudgetPence,
    actualToDatePence: p.actualToDatePence,
    forecastOutturnPence: p.forecastOutturnPence,
    variancePence: p.variancePence,
    variancePercent: p.variancePercent,
    words: p.words,
    text: {
      originalBudget: formatPence(p.originalBudgetPence),
      currentBudget: formatPence(p.currentBudgetPence),
      actualToDate: formatPence(p.actualToDatePence),
      forecastOutturn: formatPence(p.forecastOutturnPence),
      variance: signed(p.variancePence),
      variancePercent:
        p.variancePercent === null
          ? null
          : `${p.variancePercent > 0 ? '+' : ''}${p.variancePercent.toFixed(1)}%`,
      position: positionWords(p),
    },
  };
}
