// The budget position and forecast outturn by directorate (Derbyshire's Performance and Budget
// report, seeds/004), from the budget back half's own view (positionFor), so the report, the API
// and the tab show the same figures. Amounts are to the nearest pound, as committee papers print
// them, by the budget domain's one money formatter.
import { formatPence } from '../../domain/budget/index.js';
import type {
  AmountsView,
  BudgetPositionView,
  DirectorateBudgetView,
} from '../../app/budget/index.js';
import type { Block, Chapter } from './types.js';

const AMOUNT_HEADER = [
  'Original budget',
  'Current budget',
  'Actual to date',
  'Forecast outturn',
  'Variance',
  'Variance %',
  'Position',
];
/** The name column is widest; the amounts share the rest. */
const WIDTHS = [2.3, 1.25, 1.25, 1.25, 1.25, 1.1, 0.95, 1.15];
/** The columns of figures (right-aligned): every amount and the percentage. */
const NUMERIC = [1, 2, 3, 4, 5, 6];

export const pounds = (pence: number) => formatPence(pence, { whole: true });
/** An overspend reads `+£43,305`, an underspend `-£1,047` (a variance against the budget). */
const signed = (pence: number) => (pounds(pence) !== '£0' && pence > 0 ? '+' : '') + pounds(pence);

function amountCells(a: AmountsView): string[] {
  return [
    pounds(a.originalBudgetPence),
    pounds(a.currentBudgetPence),
    pounds(a.actualToDatePence),
    pounds(a.forecastOutturnPence),
    signed(a.variancePence),
    a.text.variancePercent ?? '–',
    a.words,
  ];
}

function directoratesTable(view: BudgetPositionView): Block {
  return {
    kind: 'table',
    header: ['Directorate', ...AMOUNT_HEADER],
    rows: [
      ...view.directorates.map((d) => [d.name, ...amountCells(d)]),
      ['Council total', ...amountCells(view.council)],
    ],
    widths: WIDTHS,
    numeric: NUMERIC,
  };
}

function servicesTable(d: DirectorateBudgetView): Block {
  return {
    kind: 'table',
    header: ['Service', ...AMOUNT_HEADER],
    rows: d.services.map((s) => [s.name, ...amountCells(s)]),
    widths: WIDTHS,
    numeric: NUMERIC,
  };
}

/** One sentence per directorate naming its forecast outturn, for readers who skip the tables. */
export function outturnSentence(d: DirectorateBudgetView): string {
  const variance =
    d.words === 'On budget'
      ? 'on budget'
      : `${signed(d.variancePence)}${d.text.variancePercent ? ` (${d.text.variancePercent})` : ''} against the current budget: ${d.words.toLowerCase()}`;
  return `${d.name}: forecast outturn ${pounds(d.forecastOutturnPence)}, ${variance}.`;
}

export function budgetChapter(view: BudgetPositionView): Chapter {
  const intro =
    `The budget position at the end of ${view.periodLabel} and the forecast outturn for ${view.year}. ` +
    `A variance is an overspend or underspend when it is beyond the tolerance: ${view.tolerance.words}.`;
  const owed =
    view.servicesWithoutLines.length > 0
      ? [
          {
            kind: 'paragraph' as const,
            text: `No budget line yet for ${view.periodLabel}: ${view.servicesWithoutLines.join(', ')}.`,
          },
        ]
      : [];
  if (view.directorates.length === 0) {
    return {
      id: 'budget',
      heading: 'Budget position and forecast outturn',
      sections: [
        {
          heading: null,
          blocks: [{ kind: 'paragraph', text: `No budget lines for ${view.periodLabel}.` }],
        },
      ],
    };
  }
  return {
    id: 'budget',
    heading: 'Budget position and forecast outturn',
    sections: [
      {
        heading: null,
        blocks: [
          { kind: 'paragraph', text: intro },
          ...view.directorates.map((d) => ({
            kind: 'paragraph' as const,
            text: outturnSentence(d),
          })),
          directoratesTable(view),
          ...owed,
        ],
      },
      ...view.directorates.map((d) => ({ heading: d.name, blocks: [servicesTable(d)] })),
    ],
  };
}
