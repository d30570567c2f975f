// The budget position as at a date: the latest quarter whose lines had ended by then (positionFor
// with asAt, the budget feature's own view), the council's and each directorate's variance in
// words. To the nearest pound, as committee papers print it.
import { formatPence } from '../../domain/budget/index.js';
import { NotFoundError } from '../../domain/errors/errors.js';
import { formatDate } from '../../domain/periods/index.js';
import { positionFor, type AmountsView } from '../budget/index.js';
import type { Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import type { StrategicBudget, StrategicBudgetLine } from './view.js';

const pounds = (pence: number) => formatPence(pence, { whole: true });

/** The budget feature's own words for the variance (budget-view.ts), after the two amounts. */
function line(name: string, a: AmountsView): StrategicBudgetLine {
  const against = `Forecast outturn ${pounds(a.forecastOutturnPence)} against a current budget of ${pounds(a.currentBudgetPence)}`;
  const position = a.text.position === 'On budget' ? 'on budget' : a.text.position;
  return { name, words: a.words, sentence: `${against}: ${position}` };
}

export async function budgetAsAt(
  deps: AppDeps,
  cat: Catalogue,
  asAt: string,
): Promise<{ budget: StrategicBudget | null; note: string | null }> {
  try {
    const view = await positionFor(deps, cat, { asAt });
    return {
      budget: {
        periodLabel: view.periodLabel,
        tolerance: view.tolerance.words,
        council: line('Council', view.council),
        directorates: view.directorates.map((d) => line(d.name, d)),
      },
      note: null,
    };
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    return { budget: null, note: `No budget lines for a quarter ended by ${formatDate(asAt)}.` };
  }
}
