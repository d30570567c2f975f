// The meeting stage: the dashboard (or one indicator, or the strategy map) in large type for everyone in the meeting.
// The presenter's moves are relayed through the server (use-stage-sync.ts); everyone else follows
// and is told whom they are following.
import { Button } from '@fluentui/react-components';
import { ErrorBar, Loading, useLoad } from '../../../shared/components/index.js';
import { useTeams } from '../../../teams/index.js';
import { useSession } from '../../sign-in/index.js';
import { getDashboard, getMonthChoices } from '../../dashboard/api/index.js';
import {
  BasisNotice,
  ProvisionalSwitch,
  useIncludeProvisional,
  useMayIncludeProvisional,
  withProvisional,
} from '../../dashboard/index.js';
import {
  ChartKey,
  IndicatorChart,
  chartPoints,
  getIndicator,
  latestForecast,
} from '../../indicator/index.js';
import { StageDashboard } from './stage-dashboard.js';
import { StageFiguresTable } from './stage-figures-table.js';
import { StageRegister } from './stage-register.js';
import { StageRisks } from './stage-risks.js';
import { StrategyMapOnStage } from './stage-strategy-map.js';
import { useStageStyles } from './stage-styles.js';
import { useSharePermission } from './use-share-permission.js';
import { useStageSync } from './use-stage-sync.js';
import { STAGE_VIEWS, hashWithView, useStageView } from './stage-views.js';

export type StageRoute =
  | { page: 'dashboard'; period?: string }
  | { page: 'indicator'; code: string }
  | { page: 'strategy-map'; period?: string; plan?: string };

function DashboardOnStage({ period, presenting }: { period?: string; presenting: boolean }) {
  const s = useStageStyles();
  // The basis rides in the route, so everyone following the presenter sees the same counts (a
  // viewer who may not include provisional figures is shown the authorised ones, and told).
  const mayInclude = useMayIncludeProvisional();
  const [wantProvisional, setProvisional] = useIncludeProvisional();
  const include = mayInclude && wantProvisional;
  const dashboard = useLoad(() => getDashboard(period, include), [period, include]);
  const months = useLoad(getMonthChoices, []);
  const d = dashboard.data;
  const list = months.data ?? [];
  const at = list.findIndex((m) => m.key === d?.period.key);
  const view = useStageView();
  const viewAt = STAGE_VIEWS.findIndex((v) => v.key === view);
  const go = (i: number) => {
    const m = list[i];
    if (m)
      window.location.hash = hashWithView(
        withProvisional(`#/dashboard?period=${encodeURIComponent(m.key)}`, wantProvisional),
        view,
      );
  };
  const show = (i: number) => {
    const v = STAGE_VIEWS[i];
    if (v) window.location.hash = hashWithView(window.location.hash || '#/dashboard', v.key);
  };
  return (
    <>
      <div className={s.bar}>
        <h1 className={s.h1}>{d ? `Corporate health: ${d.period.label}` : 'Corporate health'}</h1>
        {presenting && d && (
          <a className={s.link} href={`#/strategy-map?period=${encodeURIComponent(d.period.key)}`}>
            Strategy map
          </a>
        )}
        {presenting && d && mayInclude && (
          <ProvisionalSwitch checked={include} onChange={setProvisional} />
        )}
        {presenting && d && (
          <nav aria-label="Month" className={s.nav}>
            <Button
              className={s.button}
              disabled={at < 0 || at >= list.length - 1}
              onClick={() => go(at + 1)}
            >
              Previous month
            </Button>
            <Button className={s.button} disabled={at <= 0} onClick={() => go(at - 1)}>
              Next month
            </Button>
          </nav>
        )}
      </div>
      {presenting && d && (
        <nav aria-label="Stage views" className={s.views}>
          <Button className={s.button} disabled={viewAt <= 0} onClick={() => show(viewAt - 1)}>
            Previous view
          </Button>
          <ol className={s.steps}>
            {STAGE_VIEWS.map((v, i) => (
              <li key={v.key}>
                <a
                  className={i === viewAt ? `${s.step} ${s.current}` : s.step}
                  aria-current={i === viewAt ? 'step' : undefined}
                  href={hashWithView(window.location.hash || '#/dashboard', v.key)}
                >
                  {v.title}
                </a>
              </li>
            ))}
          </ol>
          <Button
            className={s.button}
            disabled={viewAt >= STAGE_VIEWS.length - 1}
            onClick={() => show(viewAt + 1)}
          >
            Next view
          </Button>
        </nav>
      )}
      {dashboard.error && (
        <ErrorBar>Could not load the dashboard: {dashboard.error.message}</ErrorBar>
      )}
      {!d && dashboard.loading && <Loading label="Loading the dashboard" />}
      {d && <BasisNotice basis={d.basis} provisionalCount={d.provisionalCount} />}
      {d &&
        (view === 'risks' ? (
          <StageRisks />
        ) : view === 'register' ? (
          <StageRegister presenting={presenting} />
        ) : (
          <StageDashboard d={d} view={view} />
        ))}
    </>
  );
}

// As many periods as can be read from across a room.
const STAGE_PERIODS = 8;

function IndicatorOnStage({ code }: { code: string }) {
  const s = useStageStyles();
  const detail = useLoad(() => getIndicator(code), [code]);
  const d = detail.data;
  const latest = d?.history.at(-1);
  return (
    <>
      <div className={s.bar}>
        <h1 className={s.h1}>{d ? `${d.indicator.code} ${d.indicator.title}` : code}</h1>
        <a className={s.link} href="#/dashboard">
          Back to the dashboard
        </a>
      </div>
      {detail.error && (
        <ErrorBar>
          Could not load {code}: {detail.error.message}
        </ErrorBar>
      )}
      {!d && detail.loading && <Loading label={`Loading ${code}`} />}
      {d && (
        <>
          {latest && (
            <p>
              {latest.periodLabel}: <strong>{latest.valueText}</strong> against a target of{' '}
              {latest.targetText}, <strong>{latest.rating.label}</strong>. {latest.commentary}
            </p>
          )}
          <IndicatorChart
            large
            title={`${d.indicator.code}: figures against target`}
            points={chartPoints(d.history, STAGE_PERIODS)}
            benchmarks={d.indicator.benchmarks}
            forecast={latestForecast(d.history)}
            format={d.indicator}
          />
          <ChartKey large />
          <StageFiguresTable code={d.indicator.code} rows={d.history.slice(-STAGE_PERIODS)} />
        </>
      )}
    </>
  );
}

export function StageView({ route }: { route: StageRoute }) {
  const s = useStageStyles();
  const { context } = useTeams();
  const { me } = useSession();
  const mayShare = useSharePermission();
  const sync = useStageSync(context.meetingId, me?.id, mayShare);
  const following = sync.state && !sync.presenting ? sync.state.presenterName : null;
  // Outside a meeting (a plain browser) the stage is the viewer's own to move.
  const steering = sync.presenting || sync.mayTakeVacantStage || !context.meetingId;
  return (
    <main className={s.root} data-stage="true">
      <p className={s.who} role="status">
        {sync.presenting
          ? 'You are presenting: everyone sees what you see.'
          : following
            ? `Following ${following}'s screen.`
            : sync.mayTakeVacantStage
              ? 'Nobody is presenting yet: move the stage to present it.'
              : context.meetingId
                ? 'Waiting for a presenter to move the stage.'
                : 'Golden Thread on the meeting stage.'}
      </p>
      {route.page === 'indicator' ? (
        <IndicatorOnStage code={route.code} />
      ) : route.page === 'strategy-map' ? (
        <StrategyMapOnStage period={route.period} plan={route.plan} />
      ) : (
        <DashboardOnStage period={route.period} presenting={steering} />
      )}
    </main>
  );
}
