// The corporate health dashboard for the shared stage, one idea per view (stage-views.ts): this
// month (totals as big tiles, then the exceptions with their figures, direction of travel in words
// and the action plan owner), ratings by priority, ratings by directorate (large charts, each with
// its table), and persistent under-performance. Indicators link to their stage detail.
import type { Dashboard, DashboardException, DashboardRow } from '../../../shared/api/index.js';
import { RATING_NAMES, RATING_ORDER } from '../../../shared/components/index.js';
import { RatingShape, StackedBars } from '../../../shared/charts/index.js';
import { CountsTable } from '../../dashboard/components/counts-table.js';
import { useStageStyles, stripeOf } from './stage-styles.js';
import type { StageViewKey } from './stage-views.js';

const WORDS = {
  improving: 'improving',
  worsening: 'worsening',
  'no-change': 'no change',
  'not-comparable': 'not comparable',
} as const;

function Row({ row, plan }: { row: DashboardRow; plan?: string | null }) {
  const s = useStageStyles();
  const uncounted = row.provisional && row.entered !== null && row.value === null;
  return (
    <li className={s.row} style={{ borderLeftColor: stripeOf(row.rating.state) }}>
      <a className={`${s.code} ${s.link}`} href={`#/indicators/${encodeURIComponent(row.code)}`}>
        {row.code}
      </a>
      <span>{row.title}</span>
      <span className={s.rating}>
        Now: {uncounted ? 'not counted' : row.rating.label}
        {row.provisionalLabel ? ` (${row.provisionalLabel})` : ''}
      </span>
      <span className={s.detail}>
        <strong>{uncounted ? row.entered!.valueText : row.valueText}</strong> against a target of{' '}
        {row.targetText}; {WORDS[row.direction.vsPrevious]} on last period
        {row.persistent ? '; persistent under-performance' : ''}
        {plan !== undefined && (plan ? `; action plan: ${plan}` : '; no action plan')}
      </span>
      <span className={s.detail}>
        Year-end forecast:{' '}
        {row.yearEnd
          ? `${row.yearEnd.valueText} against ${row.yearEnd.targetText}, ${row.yearEnd.rating.label}`
          : 'none given'}
      </span>
    </li>
  );
}

function Summary({ d }: { d: Dashboard }) {
  const s = useStageStyles();
  const planWords = (p: NonNullable<DashboardException['actionPlan']>) =>
    [p.owner, p.overdueLabel].filter(Boolean).join(', ');
  const totals = RATING_ORDER.filter((r) => (d.totals as Record<string, number>)[r]);
  return (
    <>
      <section aria-labelledby="stage-totals">
        <h2 id="stage-totals" className={s.h2}>
          Indicators by rating
        </h2>
        <ul className={s.tiles} aria-label="Indicators by rating">
          {totals.map((r) => (
            <li key={r} className={s.tile} style={{ borderColor: stripeOf(r) }}>
              <span className={s.count}>{(d.totals as Record<string, number>)[r]}</span>
              <span>
                <RatingShape state={r} colour={stripeOf(r)} />
                {RATING_NAMES[r]}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="stage-exceptions">
        <h2 id="stage-exceptions" className={s.h2}>
          Exceptions ({d.exceptions.length})
        </h2>
        {d.exceptions.length === 0 ? (
          <p>Everything is as expected this month.</p>
        ) : (
          <ul className={s.rows}>
            {d.exceptions.map((e) => (
              <Row
                key={e.indicatorId}
                row={e}
                plan={e.actionPlan ? planWords(e.actionPlan) : null}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

// Bars drawn large enough to read from the back of the room, larger still on a 4K screen (the
// stage's type grows there too: stage-styles.ts).
const barHeight = () => (window.matchMedia('(min-width: 2560px)').matches ? 96 : 56);

function ChartView({ d, by }: { d: Dashboard; by: 'priority' | 'directorate' }) {
  const s = useStageStyles();
  const rows = by === 'priority' ? d.byPriority : d.byDirectorate;
  const title = `Indicators by rating, by ${by}`;
  const header = by === 'priority' ? 'Priority' : 'Directorate';
  return (
    <section aria-labelledby="stage-chart" className={s.chartView}>
      <h2 id="stage-chart" className={s.h2}>
        {title}
      </h2>
      <StackedBars title={title} rows={rows} barHeight={barHeight()} />
      <div className={s.details}>
        <CountsTable rows={rows} caption={`${title}: the figures`} nameHeader={header} />
      </div>
    </section>
  );
}

function Persistent({ d }: { d: Dashboard }) {
  const s = useStageStyles();
  return (
    <section aria-labelledby="stage-persistent">
      <h2 id="stage-persistent" className={s.h2}>
        Persistent under-performance ({d.persistent.length})
      </h2>
      {d.persistent.length === 0 ? (
        <p>No indicator has been off target for several periods running.</p>
      ) : (
        <ul className={s.rows}>
          {d.persistent.map((r) => (
            <Row key={r.indicatorId} row={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function StageDashboard({ d, view = 'summary' }: { d: Dashboard; view?: StageViewKey }) {
  switch (view) {
    case 'priorities':
      return <ChartView d={d} by="priority" />;
    case 'directorates':
      return <ChartView d={d} by="directorate" />;
    case 'persistent':
      return <Persistent d={d} />;
    default:
      return <Summary d={d} />;
  }
}
