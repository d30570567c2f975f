// One indicator: what it measures, how it is calculated and verified (the written procedure), who
// collects, checks and authorises it, and its history against target.
import { Link } from '@fluentui/react-components';
import { useState } from 'react';
import type { HistoryRow } from '../../../shared/api/index.js';
import {
  ErrorBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { PlansSection } from '../../action-plans/index.js';
import { DeepDiveSection } from '../../deep-dives/index.js';
import { IndicatorRisks } from '../../risks/index.js';
import { BreakdownSection } from '../../breakdowns/index.js';
import { getIndicator, type IndicatorDetail } from '../api/index.js';
import { AuditTrail } from './audit-trail.js';
import { FactsList } from './facts-list.js';
import { HistoryTable } from './history-table.js';
import { ReopenFigureForm } from './reopen-figure-form.js';
import { ReminderHistory } from './reminder-history.js';
import { chartPoints, latestForecast, withComparators, yearToDate } from './chart-model.js';
import { BenchmarkSection } from './benchmark-section.js';
import { formatFigure } from '../../../../domain/values/format-value.js';
import { ChartKey, ratingsOn } from './chart-key.js';
import { ChartTable } from './chart-table.js';
import { IndicatorChart } from './indicator-chart.js';

const FREQUENCY = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'half-yearly': 'Half-yearly',
  annual: 'Annual',
} as const;
const POLARITY = {
  higher: 'Higher is better',
  lower: 'Lower is better',
  none: 'No polarity (context)',
} as const;

function Detail({
  d,
  reload,
  breakdowns,
}: {
  d: IndicatorDetail;
  reload: () => void;
  breakdowns?: string;
}) {
  const page = usePageStyles();
  const i = d.indicator;
  const [reopening, setReopening] = useState<HistoryRow | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const points = withComparators(chartPoints(d.history), d.benchmarks);
  return (
    <>
      <h1 className={page.h1}>
        {i.code} {i.title}
      </h1>
      <p>{i.definition}</p>
      <FactsList
        facts={[
          ['Service', `${i.serviceName} (${i.directorateName})`],
          ['Portfolio', i.portfolioName],
          ['Frequency', FREQUENCY[i.frequency]],
          ['Polarity', POLARITY[i.polarity]],
          ['Scope', i.scope === 'corporate' ? 'Corporate' : 'Local'],
        ]}
      />
      <h2 className={page.h2}>How it is calculated</h2>
      <FactsList
        facts={[
          ['Calculation', i.procedure.calculation],
          ['Source', i.procedure.source],
          ['Evidence kept in', i.procedure.evidenceLocation],
          ['Verification', i.procedure.verification],
        ]}
      />
      {i.procedure.url && (
        <p>
          <Link href={i.procedure.url} target="_blank" rel="noreferrer">
            Read the full procedure
          </Link>
        </p>
      )}
      <h2 className={page.h2}>Officers</h2>
      <FactsList
        facts={[
          ['Collection Officer', d.officers.collector.name],
          ['Responsible Officer', d.officers.responsible.name],
          ['Authorising Officer', d.officers.authoriser.name],
          ['Escalation owner', d.officers.escalationOwner.name],
        ]}
      />
      {i.benchmarks.length > 0 && (
        <>
          <h2 className={page.h2}>Benchmarks</h2>
          <FactsList
            facts={i.benchmarks.map((b) => [
              `${b.comparator} (${b.year})`,
              `${formatFigure(b.value, i)} — ${b.source}`,
            ])}
          />
        </>
      )}
      <h2 className={page.h2}>Performance over time</h2>
      <Comparators d={d} />
      <IndicatorChart
        title={`${i.code}: figures against target`}
        points={points}
        benchmarks={i.benchmarks}
        forecast={latestForecast(d.history)}
        format={i}
      />
      <ChartKey states={ratingsOn(points)} />
      <ChartTable code={i.code} points={points} format={i} />
      <BenchmarkSection code={i.code} positions={d.benchmarks} />
      <BreakdownSection key={breakdowns ?? ''} code={i.code} period={breakdowns} />
      <h2 className={page.h2}>History</h2>
      <StatusNotice notice={notice} />
      <HistoryTable
        rows={d.history}
        onReopen={(row) => {
          setNotice(null);
          setReopening(row);
        }}
      />
      {reopening && (
        <ReopenFigureForm
          key={reopening.returnId}
          row={reopening}
          collectorName={d.officers.collector.name}
          onDone={(n) => {
            setReopening(null);
            setNotice(n);
            reload();
          }}
          onCancel={() => setReopening(null)}
        />
      )}
      <h2 className={page.h2}>Reminders</h2>
      <ReminderHistory history={d.history} />
      <PlansSection indicatorId={i.id} code={i.code} />
      <DeepDiveSection code={i.code} />
      <IndicatorRisks code={i.code} />
      <h2 className={page.h2}>Audit trail</h2>
      <AuditTrail code={i.code} />
    </>
  );
}

/** Year to date, forecast and benchmarks in words: the chart's comparators, readable without it. */
function Comparators({ d }: { d: IndicatorDetail }) {
  const ytd = yearToDate(d.history, d.indicator.ytd);
  const forecast = latestForecast(d.history);
  // The indicator's unit and decimals, as every other figure on the page (68.6% against 66.5%).
  const fig = (v: number | null) => formatFigure(v, d.indicator);
  const facts: [string, string][] = [];
  if (ytd) facts.push([`Year to date ${ytd.year}`, `${fig(ytd.value)} against ${fig(ytd.target)}`]);
  if (forecast)
    facts.push(['Year-end forecast', `${fig(forecast.value)} (given ${forecast.label})`]);
  for (const b of d.indicator.benchmarks) facts.push([`${b.comparator} (${b.year})`, fig(b.value)]);
  return facts.length ? <FactsList facts={facts} /> : null;
}

export function IndicatorPage({ code, breakdowns }: { code: string; breakdowns?: string }) {
  const detail = useLoad(() => getIndicator(code), [code]);
  return (
    <>
      <p>
        <Link href="#/golden-thread">Back to the golden thread</Link>
      </p>
      {detail.error && (
        <ErrorBar>
          Could not load {code}: {detail.error.message}
        </ErrorBar>
      )}
      {!detail.data && detail.loading && <Loading label={`Loading ${code}`} />}
      {detail.data && <Detail d={detail.data} reload={detail.reload} breakdowns={breakdowns} />}
    </>
  );
}
