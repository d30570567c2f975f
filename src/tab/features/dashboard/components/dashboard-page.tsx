// The monthly corporate health dashboard for the Leadership Team: totals, counts by priority and
// directorate as charts with their tables, the exceptions with their chart, the risks escalated
// above tolerance, persistent under-performance, then every indicator with its trend. Full width: it is put on big screens.
import { DeepDiveStandingText } from '../../deep-dives/index.js';
import { makeStyles } from '@fluentui/react-components';
import {
  ErrorBar,
  ExcelLink,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { getDashboard, getMonthChoices } from '../api/index.js';
import { ExceptionsChart } from './exceptions-chart.js';
import { RatingCharts } from './rating-charts.js';
import { BudgetBesideRatings } from './budget-beside-ratings.js';
import { ExceptionCard } from './exception-card.js';
import { IndicatorsTable } from './indicators-table.js';
import { NarrativeSummary } from './narrative-summary.js';
import { PeriodPicker } from './period-picker.js';
import { RatingTotals } from './rating-totals.js';
import { RisksAboveTolerance } from './risks-above-tolerance.js';
import { BasisNotice, ProvisionalSwitch } from './provisional-notice.js';
import { useIncludeProvisional, useMayIncludeProvisional } from './use-provisional.js';

const useStyles = makeStyles({
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    gap: '12px',
    marginBottom: '12px',
  },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: '12px 24px',
  },
  list: {
    display: 'grid',
    gap: '12px',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(520px, 100%), 1fr))',
  },
});

export function DashboardPage({
  period,
  onPeriod,
}: {
  period?: string;
  onPeriod: (key: string) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const mayInclude = useMayIncludeProvisional();
  const [wantProvisional, setProvisional] = useIncludeProvisional();
  const include = mayInclude && wantProvisional;
  const dashboard = useLoad(() => getDashboard(period, include), [period, include]);
  const months = useLoad(getMonthChoices, []);
  const d = dashboard.data;
  return (
    <>
      <div className={styles.head}>
        <h1 className={page.h1}>
          {d ? `Corporate health: ${d.period.label}` : 'Corporate health'}
        </h1>
        {/* The page's controls together on the right, not one adrift in the middle. */}
        <div className={styles.controls}>
          {mayInclude && <ProvisionalSwitch checked={include} onChange={setProvisional} />}
          <PeriodPicker
            periods={months.data ?? []}
            value={d?.period.key ?? period ?? ''}
            onChange={onPeriod}
          />
        </div>
      </div>
      {dashboard.error && (
        <ErrorBar>Could not load the dashboard: {dashboard.error.message}</ErrorBar>
      )}
      {!d && dashboard.loading && <Loading label="Loading the dashboard" />}
      {d && (
        <>
          <BasisNotice basis={d.basis} provisionalCount={d.provisionalCount} />
          <p className={page.muted}>{d.councilName}</p>
          <p className={page.row}>
            <ExcelLink view="dashboard" period={d.period.key}>
              Download the dashboard (Excel)
            </ExcelLink>
            <ExcelLink view="exceptions" period={d.period.key}>
              Download the exceptions (Excel)
            </ExcelLink>
          </p>
          <NarrativeSummary sentences={d.narrative} />
          <section aria-labelledby="totals-heading">
            <h2 id="totals-heading" className={page.h2}>
              Indicators by rating
            </h2>
            <RatingTotals counts={d.totals} label="Indicators by rating" />
            <h3 className={page.h3} style={{ marginTop: 16 }}>
              Key actions by rating
            </h3>
            <RatingTotals counts={d.keyActions} label="Key actions by rating" />
          </section>
          <section aria-labelledby="counts-heading">
            <h2 id="counts-heading" className={page.h2}>
              Ratings by priority and directorate
            </h2>
            <RatingCharts byPriority={d.byPriority} byDirectorate={d.byDirectorate} />
          </section>
          <BudgetBesideRatings
            budget={d.budget}
            byDirectorate={d.byDirectorate}
            totals={d.totals}
          />
          <section aria-labelledby="exceptions-heading">
            <h2 id="exceptions-heading" className={page.h2}>
              Exceptions ({d.exceptions.length})
            </h2>
            {d.exceptions.length === 0 ? (
              <InfoBar intent="success">Everything is as expected this month.</InfoBar>
            ) : (
              <>
                <ExceptionsChart exceptions={d.exceptions} />
                <div className={styles.list} style={{ marginTop: 16 }}>
                  {d.exceptions.map((e) => (
                    <ExceptionCard key={e.indicatorId} row={e} />
                  ))}
                </div>
              </>
            )}
          </section>
          <RisksAboveTolerance escalation={d.risksAboveTolerance} />
          <section aria-labelledby="persistent-heading">
            <h2 id="persistent-heading" className={page.h2}>
              Persistent under-performance ({d.persistent.length})
            </h2>
            <p className={page.muted}>
              Off target for several periods running: these call for a deep-dive review.
            </p>
            {d.persistent.length > 0 && (
              <IndicatorsTable
                rows={d.persistent}
                caption="Indicators flagged for a deep dive"
                extra={{
                  heading: 'Deep-dive review',
                  cell: (r) => <DeepDiveStandingText standing={d.deepDives[r.indicatorId]} />,
                }}
              />
            )}
          </section>
          <section aria-labelledby="all-heading">
            <h2 id="all-heading" className={page.h2}>
              All indicators
            </h2>
            <p>
              <ExcelLink view="indicators" period={d.period.key}>
                Download all indicators (Excel)
              </ExcelLink>
            </p>
            <IndicatorsTable rows={d.indicators} caption={`All indicators, ${d.period.label}`} />
          </section>
        </>
      )}
    </>
  );
}
