// The budget beside the ratings (issue 17, "Beside performance"): per directorate, its indicators'
// counts by rating and, in the same row, its forecast outturn and variance against the current
// budget in words ("£120,400 over budget (1.9%), within tolerance"), with the council's total. The
// quarter is the latest finance has closed by the dashboard's month. Each directorate links to its
// golden thread, where its services' budgets stand beside their ratings. When there are no budget
// lines for the quarter, the section says so and the rest of the dashboard is unchanged.
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type {
  AmountsView,
  DashboardBudget,
  RatingCounts,
  RollUpRow,
} from '../../../shared/api/index.js';
import {
  InfoBar,
  RATING_NAMES,
  TableScroll,
  usePageStyles,
  useTableStyles,
} from '../../../shared/components/index.js';
import { columnsFor } from './counts-table.js';

const useStyles = makeStyles({
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `2px solid ${tokens.colorNeutralStroke1}`,
  },
  adverse: { fontWeight: tokens.fontWeightSemibold },
  name: { fontWeight: tokens.fontWeightRegular },
  // In a 320 px side panel the table scrolls in its box: amounts on one line, and the variance's
  // words wide enough to read in two lines rather than a column of single words.
  amount: { whiteSpace: 'nowrap' },
  words: { minWidth: '15em' },
});

export function BudgetBesideRatings({
  budget,
  byDirectorate,
  totals,
}: {
  budget: DashboardBudget;
  byDirectorate: RollUpRow[];
  totals: RatingCounts;
}) {
  const s = useStyles();
  const t = useTableStyles();
  const page = usePageStyles();
  if (!budget.shown) {
    return (
      <section aria-labelledby="budget-heading" data-budget-beside>
        <h2 id="budget-heading" className={page.h2}>
          Budget beside the ratings
        </h2>
        <InfoBar>{budget.message}</InfoBar>
      </section>
    );
  }
  const { position } = budget;
  const amounts = new Map(position.directorates.map((d) => [d.directorateId, d]));
  // Every directorate rated, then any with lines but no indicators (a service since moved).
  const rows: {
    id: string;
    name: string;
    counts: RatingCounts | null;
    money: AmountsView | null;
  }[] = [
    ...byDirectorate.map((r) => ({ ...r, money: amounts.get(r.id) ?? null })),
    ...position.directorates
      .filter((d) => !byDirectorate.some((r) => r.id === d.directorateId))
      .map((d) => ({ id: d.directorateId, name: d.name, counts: null, money: d })),
  ];
  const columns = columnsFor(byDirectorate);
  const caption = `Indicators by rating and the ${position.periodLabel} budget, by directorate`;
  const cells = (counts: RatingCounts | null) => (
    <>
      {columns.map((c) => (
        <td key={c} className={t.num}>
          {counts ? (counts[c] ?? 0) : '–'}
        </td>
      ))}
      <td className={t.num}>{counts ? counts.total : '–'}</td>
    </>
  );
  const money = (a: AmountsView | null) =>
    a ? (
      <>
        <td className={`${t.num} ${s.amount}`}>{a.text.currentBudget}</td>
        <td className={`${t.num} ${s.amount}`}>{a.text.forecastOutturn}</td>
        <td className={`${t.cell} ${s.words} ${a.words === 'Overspend' ? s.adverse : ''}`}>
          {a.text.position}
        </td>
      </>
    ) : (
      <td className={t.cell} colSpan={3}>
        No budget lines for this quarter
      </td>
    );
  return (
    <section aria-labelledby="budget-heading" data-budget-beside>
      <h2 id="budget-heading" className={page.h2}>
        Budget beside the ratings: {position.periodLabel}
      </h2>
      <p className={page.muted}>
        Forecast outturn for {position.year} as at the end of {position.periodLabel}, against the
        current budget. Tolerance: {position.tolerance.words}; a variance beyond it is an overspend
        or an underspend.
      </p>
      <TableScroll label={caption}>
        <table className={t.table}>
          <caption className={t.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={t.cell}>
                Directorate
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className={t.num}>
                  {RATING_NAMES[c]}
                </th>
              ))}
              <th scope="col" className={t.num}>
                Indicators
              </th>
              <th scope="col" className={t.num}>
                Current budget
              </th>
              <th scope="col" className={t.num}>
                Forecast outturn
              </th>
              <th scope="col" className={t.cell}>
                Variance
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id || 'none'} data-directorate={r.id}>
                <th scope="row" className={`${t.cell} ${s.name}`}>
                  {r.id ? (
                    <Link href={`#/golden-thread?directorate=${encodeURIComponent(r.id)}`}>
                      {r.name}
                    </Link>
                  ) : (
                    r.name
                  )}
                </th>
                {cells(r.counts)}
                {money(r.money)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={s.total}>
              <th scope="row" className={t.cell}>
                Council total
              </th>
              {cells(totals)}
              {money(position.council)}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {position.servicesWithoutLines.length > 0 && (
        <p>
          No budget line yet for {position.periodLabel}: {position.servicesWithoutLines.join(', ')}.
        </p>
      )}
    </section>
  );
}
