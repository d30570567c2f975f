// A directorate's or a service's budget beside its ratings (issue 17, "Beside performance"): when
// the golden thread is filtered to one of them, its current budget, actual to date, forecast
// outturn and variance in words next to the counts of what is shown, with finance's commentary (a
// directorate's per service). A service chosen within a directorate is the one shown. The variance
// is always said in words ("over tolerance"), never by colour alone.
import { makeStyles, tokens } from '@fluentui/react-components';
import type {
  AmountsView,
  BudgetPositionView,
  DirectorateBudgetView,
  RatingCounts,
} from '../../../shared/api/index.js';
import { usePageStyles } from '../../../shared/components/index.js';
import { countsSummary } from './counts-summary.js';

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px 16px',
    marginTop: '16px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  pair: {
    display: 'grid',
    gap: '16px 40px',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))',
  },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: '4px 16px',
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  adverse: { fontWeight: tokens.fontWeightSemibold },
  services: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'grid',
    gap: '8px 40px',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(420px, 100%), 1fr))',
  },
  service: { padding: '8px 0', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  commentary: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: '2px' },
});

export interface BudgetScope {
  directorate: string;
  service: string;
}

type Found =
  | { kind: 'service'; amounts: AmountsView; commentary: string[] }
  | { kind: 'directorate'; amounts: AmountsView; of: DirectorateBudgetView };

function find(position: BudgetPositionView, scope: BudgetScope): Found | null {
  if (scope.service) {
    for (const d of position.directorates) {
      const s = d.services.find((x) => x.serviceId === scope.service);
      if (s) {
        const commentary = s.lines.map((l) => l.commentary).filter(Boolean);
        return { kind: 'service', amounts: s, commentary };
      }
    }
    return null;
  }
  const d = position.directorates.find((x) => x.directorateId === scope.directorate);
  return d ? { kind: 'directorate', amounts: d, of: d } : null;
}

function Figures({ a }: { a: AmountsView }) {
  const s = useStyles();
  const rows: [string, string][] = [
    ['Current budget', a.text.currentBudget],
    ['Actual to date', a.text.actualToDate],
    ['Forecast outturn', a.text.forecastOutturn],
  ];
  return (
    <dl className={s.figures}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={s.term}>{term}</dt>
          <dd className={s.amount}>{value}</dd>
        </div>
      ))}
      <dt className={s.term}>Variance</dt>
      <dd className={`${s.amount} ${a.words === 'Overspend' ? s.adverse : ''}`}>
        {a.text.position}
      </dd>
    </dl>
  );
}

/** Each service of the directorate in a sentence or two: readable in a 320 px side panel too. */
function ServicesList({ d }: { d: DirectorateBudgetView }) {
  const s = useStyles();
  const page = usePageStyles();
  return (
    <>
      <h3 className={page.h3} id="org-budget-services" style={{ marginTop: 16 }}>
        By service
      </h3>
      <ul className={s.services} aria-labelledby="org-budget-services">
        {d.services.map((x) => (
          <li key={x.serviceId} className={s.service} data-service={x.serviceId}>
            <strong>{x.name}</strong>: forecast outturn {x.text.forecastOutturn},{' '}
            <span className={x.words === 'Overspend' ? s.adverse : undefined}>
              {x.text.position}
            </span>
            .
            {x.lines
              .map((l) => l.commentary)
              .filter(Boolean)
              .map((c) => (
                <span key={c} className={s.commentary}>
                  {c}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </>
  );
}

export function BudgetPanel({
  name,
  scope,
  position,
  indicatorCounts,
  actionCounts,
  periodLabel,
}: {
  /** The service's or directorate's name, as the filter offers it. */
  name: string;
  scope: BudgetScope;
  /** null: finance has imported no budget lines yet. */
  position: BudgetPositionView | null;
  indicatorCounts: RatingCounts | null;
  actionCounts: RatingCounts | null;
  periodLabel: string;
}) {
  const s = useStyles();
  const page = usePageStyles();
  const found = position && find(position, scope);
  const ratings = [
    indicatorCounts && countsSummary(indicatorCounts, ['indicator', 'indicators']),
    actionCounts && countsSummary(actionCounts, ['key action', 'key actions']),
  ].filter(Boolean);
  return (
    <section className={s.panel} aria-labelledby="org-budget-heading" data-budget-panel>
      <h2 id="org-budget-heading" className={page.h2} style={{ marginTop: 0 }}>
        {name}: ratings and budget
      </h2>
      <div className={s.pair}>
        <div>
          <h3 className={page.h3}>Ratings, {periodLabel}</h3>
          {ratings.length ? (
            ratings.map((r) => <p key={r}>{r}</p>)
          ) : (
            <p>Nothing rated for these filters.</p>
          )}
        </div>
        <div>
          <h3 className={page.h3}>{position ? `Budget, ${position.periodLabel}` : 'Budget'}</h3>
          {!position && <p>No budget lines for this quarter: finance has imported none yet.</p>}
          {position && !found && (
            <p>
              No budget lines for this {scope.service ? 'service' : 'directorate'} in{' '}
              {position.periodLabel}.
            </p>
          )}
          {found && <Figures a={found.amounts} />}
          {found?.kind === 'service' &&
            found.commentary.map((c) => (
              <p key={c}>
                <span className={s.term}>Commentary: </span>
                {c}
              </p>
            ))}
        </div>
      </div>
      {found?.kind === 'directorate' && <ServicesList d={found.of} />}
      {position && (
        <p className={page.muted}>
          Forecast outturn for {position.year} as at the end of {position.periodLabel}. Tolerance:{' '}
          {position.tolerance.words}; a variance beyond it is an overspend or an underspend.
        </p>
      )}
    </section>
  );
}
