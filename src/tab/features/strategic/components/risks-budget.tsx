// Risks above tolerance as at the date (each by its review in force then) and the budget variance
// in words, the council's and each directorate's.
import { Link } from '@fluentui/react-components';
import { TableScroll, useTableStyles } from '../../../shared/components/index.js';
import type { StrategicDashboardView } from '../api/get-strategic-dashboard.js';

export function RisksAbove({
  risks,
  asAtText,
}: {
  risks: StrategicDashboardView['risks'];
  asAtText: string;
}) {
  const t = useTableStyles();
  if (risks.aboveTolerance.length === 0)
    return <p>No open risk was above the council’s tolerance ({risks.tolerance}).</p>;
  return (
    <>
      <p>
        Residual scores from each risk’s latest review on or before {asAtText}; the tolerance is a
        score above {risks.tolerance}.
      </p>
      <TableScroll label="Risks above tolerance">
        <table className={t.table}>
          <thead>
            <tr>
              <th className={t.cell}>Risk</th>
              <th className={t.cell}>Owner</th>
              <th className={t.num}>Residual score</th>
              <th className={t.cell}>Reviewed</th>
              <th className={t.cell}>Objectives</th>
            </tr>
          </thead>
          <tbody>
            {risks.aboveTolerance.map((r) => (
              <tr key={r.code}>
                <td className={t.cell}>
                  <Link href={`#/risks/${encodeURIComponent(r.code)}`}>{r.code}</Link> {r.title}
                </td>
                <td className={t.cell}>{r.owner}</td>
                <td className={t.num}>
                  {r.score} ({r.band})
                </td>
                <td className={t.cell}>{r.reviewedOn ?? 'Not yet reviewed'}</td>
                <td className={t.cell}>{r.objectiveCodes.join(', ') || 'None recorded'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

export function BudgetWords({ view }: { view: StrategicDashboardView }) {
  const b = view.budget;
  if (!b) return <p>{view.budgetNote}</p>;
  return (
    <>
      <p>
        The budget position at the end of {b.periodLabel}, the latest quarter ended by{' '}
        {view.asAtText}. A variance beyond {b.tolerance} is an overspend or underspend.
      </p>
      <ul aria-label="Budget variance by directorate">
        {[...b.directorates, { ...b.council, name: 'Council total' }].map((d) => (
          <li key={d.name}>
            <strong>
              {d.name}: {d.words}.
            </strong>{' '}
            {d.sentence}.
          </li>
        ))}
      </ul>
    </>
  );
}
