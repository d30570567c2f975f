// The demo council's budget monitoring (issue 17): a line per service per quarter, last financial
// year's four and this year's quarters begun by today, each as the finance team would report it at
// the quarter's end. Figures are invented. Two services overspend this year (waste fleet repairs,
// temporary accommodation) and one did last year (leisure income), so the words have something to
// say; the rest land within tolerance either side. Everything is whole pence, built from whole
// pounds, so no float reaches a stored amount.
import type { BudgetLine, IsoDate } from '../domain/model/types.js';
import { makePeriod } from '../domain/periods/index.js';
import { fyLabel } from './dates.js';
import { idSequence } from './ids.js';
import type { ServiceKey } from './organisation.js';

interface BudgetSpec {
  /** Net budget in whole pounds. */
  budget: number;
  /** The forecast's drift by year end, in tenths of a percent of the budget (50 = +5.0%). */
  drift: { last: number; current: number };
  why: { last: string; current: string };
}

const ON_TRACK = 'Spend in line with the profile; no pressures to report.';

const SPECS: Record<ServiceKey, BudgetSpec> = {
  WR: {
    budget: 6_240_000,
    drift: { last: 8, current: 60 },
    why: {
      last: ON_TRACK,
      current: 'Fleet repairs and hired vehicles while two freighters are off the road.',
    },
  },
  PL: {
    budget: 1_480_000,
    drift: { last: -12, current: -9 },
    why: { last: 'Planning fee income above forecast.', current: ON_TRACK },
  },
  EH: {
    budget: 1_120_000,
    drift: { last: 4, current: 6 },
    why: { last: ON_TRACK, current: ON_TRACK },
  },
  RB: {
    budget: 2_350_000,
    drift: { last: -6, current: -11 },
    why: { last: ON_TRACK, current: 'Vacancies held in the benefits team.' },
  },
  CD: {
    budget: 1_760_000,
    drift: { last: 3, current: 9 },
    why: { last: ON_TRACK, current: ON_TRACK },
  },
  FP: {
    budget: 2_910_000,
    drift: { last: -4, current: 2 },
    why: { last: ON_TRACK, current: ON_TRACK },
  },
  HS: {
    budget: 3_460_000,
    drift: { last: 15, current: 48 },
    why: {
      last: ON_TRACK,
      current: 'Temporary accommodation: more households placed in nightly-paid rooms.',
    },
  },
  ED: {
    budget: 980_000,
    drift: { last: -7, current: -3 },
    why: { last: ON_TRACK, current: ON_TRACK },
  },
  LC: {
    budget: 840_000,
    drift: { last: 55, current: 12 },
    why: {
      last: 'Leisure centre income down while the pool was closed for repairs.',
      current: ON_TRACK,
    },
  },
};

const pence = (pounds: number): number => pounds * 100;
/** `budget` × tenths of a percent × quarters elapsed ÷ 4, rounded to whole pounds. */
const share = (budget: number, tenths: number, quarter: number): number =>
  Math.round((budget * tenths * quarter) / 4000);

function line(
  serviceId: string,
  spec: BudgetSpec,
  fyStart: number,
  quarter: number,
  which: 'last' | 'current',
): BudgetLine {
  // A virement in Q3 moves 1% in, as councils re-budget mid-year.
  const original = spec.budget + (which === 'last' ? -Math.round(spec.budget / 40) : 0);
  const current = quarter >= 3 ? original + Math.round(original / 100) : original;
  const forecast = current + share(current, spec.drift[which], quarter);
  // Spend runs a little behind the straight line until the year-end accruals.
  const actual = Math.round((forecast * quarter * (quarter === 4 ? 100 : 96)) / 400);
  return {
    serviceId,
    year: fyLabel(fyStart),
    periodKey: makePeriod('quarter', fyStart, quarter).key,
    originalBudgetPence: pence(original),
    currentBudgetPence: pence(current),
    // A few pence on the actuals, as a ledger has: the sums must stay exact to the penny.
    actualToDatePence: pence(actual) + ((quarter * 37 + Math.floor(spec.budget / 1000)) % 100),
    forecastOutturnPence: pence(forecast),
    commentary: spec.drift[which] === 0 || quarter === 1 ? ON_TRACK : spec.why[which],
  };
}

export function buildBudgetLines(input: {
  today: IsoDate;
  fyStart: number;
  serviceIds: Record<ServiceKey, string>;
}): (BudgetLine & { id: string })[] {
  const nextId = idSequence('budgetLines');
  const rows: (BudgetLine & { id: string })[] = [];
  const begun = [1, 2, 3, 4].filter(
    (q) => makePeriod('quarter', input.fyStart, q).start <= input.today,
  );
  for (const [key, spec] of Object.entries(SPECS) as [ServiceKey, BudgetSpec][]) {
    const serviceId = input.serviceIds[key];
    for (const q of [1, 2, 3, 4])
      rows.push({ id: nextId(), ...line(serviceId, spec, input.fyStart - 1, q, 'last') });
    for (const q of begun)
      rows.push({ id: nextId(), ...line(serviceId, spec, input.fyStart, q, 'current') });
  }
  return rows;
}
