// The Reports page (#/reports, or #/reports?period=… from the quarter-complete card): every report
// the server can make, each with its period picker and a button per format. Reports are made from
// authorised figures only, and the page says so.
import { makeStyles } from '@fluentui/react-components';
import { getPeriodChoices, getToday, hasEnded, type Period } from '../../../shared/api/index.js';
import {
  ErrorBar,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { getReportCatalogue } from '../api/index.js';
import { getStrategicEditions } from '../../strategic/index.js';
import { ReportCard } from './report-card.js';
import { StrategicReportCard } from './strategic-report-card.js';
import { REPORT_INFO } from './report-kinds.js';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: '16px',
    // min(): on a 320 px screen one column as wide as the page, never wider.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(340px, 100%), 1fr))',
    alignItems: 'start',
    marginTop: '16px',
  },
});

/** The monitoring statement's two points of the year, in the words a council uses for them. */
function monitoringChoice(p: Period): Period {
  const label = p.index === 1 ? `Half year ${p.year} (to 30 September)` : `Year end ${p.year}`;
  return { ...p, label };
}

async function loadReportsPage() {
  // Quarters and years back to the start of the history the demo (and a migration) holds.
  const [{ today }, catalogue, quarter, half, year, month] = await Promise.all([
    getToday(),
    getReportCatalogue(),
    getPeriodChoices('quarter', 2),
    getPeriodChoices('half', 2),
    getPeriodChoices('year', 2),
    getPeriodChoices('month'),
  ]);
  // The strategic dashboard's editions, only for those the catalogue lists it to (the Leadership
  // Team and the performance team): anyone else is not asked, so never sees a refusal.
  const editions = catalogue.reports.some((r) => r.kind === 'strategic-dashboard')
    ? (await getStrategicEditions()).editions
    : [];
  // The dashboard looks at a month whose returns are in: only months that have ended.
  return {
    today,
    catalogue,
    editions,
    choices: {
      quarter,
      half: half.map(monitoringChoice),
      year,
      month: month.filter((p) => hasEnded(p, today)),
    },
  };
}

export function ReportsPage({ period: linked }: { period?: string }) {
  const styles = useStyles();
  const page = usePageStyles();
  const loaded = useLoad(loadReportsPage, []);
  const d = loaded.data;
  return (
    <>
      <h1 className={page.h1}>Reports</h1>
      <p>
        The reports owed to Cabinet, Scrutiny, the Leadership Team and residents, made in one step
        in Word, as a PDF or as a picture. Each takes a second or two to make.
      </p>
      <InfoBar>
        Only authorised figures are in these reports: a figure still waiting to be entered, checked
        or authorised is left out.
      </InfoBar>
      {loaded.error && <ErrorBar>Could not load the reports: {loaded.error.message}</ErrorBar>}
      {!d && loaded.loading && <Loading label="Loading the reports" />}
      {d && (
        <div className={styles.grid}>
          {/* A kind this tab does not know yet (a newer server) is left out, not drawn half-way. */}
          {d.catalogue.reports
            .filter((r) => r.kind in REPORT_INFO)
            .map((r) => {
              const period = REPORT_INFO[r.kind].period;
              return period === 'edition' ? (
                <StrategicReportCard
                  key={r.kind}
                  formats={r.formats}
                  href={r.href}
                  editions={d.editions}
                  today={d.today}
                />
              ) : (
                <ReportCard
                  key={r.kind}
                  kind={r.kind}
                  formats={r.formats}
                  href={r.href}
                  choices={d.choices[period]}
                  portfolios={d.catalogue.portfolios}
                  today={d.today}
                  linkedPeriod={linked}
                />
              );
            })}
        </div>
      )}
    </>
  );
}
