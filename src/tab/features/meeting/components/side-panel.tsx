// The meeting side panel (about 320 px wide): the agenda of exceptions for this meeting — what is
// not as expected, worst first — and the button that puts the dashboard (or the strategy map) on
// the shared stage.
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
  StatusNotice,
  type Notice,
} from '../../../shared/components/index.js';
import { StageShareError, useTeams } from '../../../teams/index.js';
import { getDashboard } from '../../dashboard/api/index.js';
import {
  BasisNotice,
  NowRating,
  ProvisionalSwitch,
  figureText,
  useIncludeProvisional,
  useMayIncludeProvisional,
  withProvisional,
} from '../../dashboard/index.js';
import { OverdueMark } from '../../action-plans/index.js';
import { Sparkline } from '../../../shared/charts/index.js';
import { putStage } from '../api/index.js';
import { meetingContentUrl } from './config-page.js';
import { useSharePermission } from './use-share-permission.js';

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { margin: 0, paddingLeft: '20px', display: 'grid', gap: '12px' },
  item: { lineHeight: tokens.lineHeightBase300 },
  code: { fontWeight: tokens.fontWeightSemibold },
  figures: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

export function SidePanel() {
  const styles = useStyles();
  const page = usePageStyles();
  const { host, context } = useTeams();
  const [includeProvisional, setIncludeProvisional] = useIncludeProvisional();
  const mayIncludeProvisional = useMayIncludeProvisional();
  const dashboard = useLoad(
    () => getDashboard(undefined, includeProvisional),
    [includeProvisional],
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sharing, setSharing] = useState(false);
  const [what, setWhat] = useState<'dashboard' | 'strategy-map'>('dashboard');
  const mayShare = useSharePermission();
  // Teams' own share icon puts the app on the stage without telling us who: say so, since the
  // first presenter to move it (or to share from here) becomes its presenter.
  const onStage = useLoad(
    () => (host.isSharedToStage ? host.isSharedToStage() : Promise.resolve(false)),
    [host],
  );
  const d = dashboard.data;

  const share = async () => {
    if (!host.shareToStage || !context.meetingId) return;
    setSharing(true);
    setNotice(null);
    const page = `#/${what}`;
    // The stage counts on the same basis as the panel: provisional figures only when included here.
    const route = withProvisional(
      d ? `${page}?period=${encodeURIComponent(d.period.key)}` : page,
      includeProvisional,
    );
    try {
      // Share first, and take the presenter role only once Teams has accepted the share: Teams
      // refuses people who may not share (error 1000), and they must not take over the stage.
      await host.shareToStage(`${meetingContentUrl(window.location.origin).split('#')[0]}${route}`);
    } catch (e) {
      const text =
        e instanceof StageShareError && e.code === 1000
          ? 'Teams did not let you share to the stage: only the organiser and presenters can.'
          : `Could not share to the stage: ${e instanceof Error ? e.message : String(e)}`;
      setNotice({ ok: false, text });
      setSharing(false);
      return;
    }
    try {
      await putStage(context.meetingId, route, true);
      setNotice({
        ok: true,
        text: 'Shared to the stage. Your moves on the stage are what everyone sees.',
      });
    } catch (e) {
      setNotice({
        ok: false,
        text: `Shared to the stage, but you are not presenting it: ${e instanceof Error ? e.message : String(e)}`,
      });
    } finally {
      setSharing(false);
    }
  };

  return (
    <main className={styles.root}>
      <h1 className={page.h2} style={{ margin: 0 }}>
        {d ? `Agenda: exceptions, ${d.period.label}` : 'Agenda: exceptions'}
      </h1>
      {mayIncludeProvisional && (
        <ProvisionalSwitch checked={includeProvisional} onChange={setIncludeProvisional} />
      )}
      {d && <BasisNotice basis={d.basis} provisionalCount={d.provisionalCount} />}
      {mayShare !== false && (
        <Field label="What to share">
          <Select
            id="share-what"
            value={what}
            onChange={(_, v) => setWhat(v.value === 'strategy-map' ? 'strategy-map' : 'dashboard')}
          >
            <option value="dashboard">The corporate health dashboard</option>
            <option value="strategy-map">The strategy map</option>
          </Select>
        </Field>
      )}
      {mayShare !== false ? (
        <Button
          appearance="primary"
          onClick={() => void share()}
          disabled={sharing || mayShare === null || !host.shareToStage || !context.meetingId}
        >
          Share to stage
        </Button>
      ) : (
        <p className={page.muted} style={{ margin: 0 }}>
          The organiser and presenters can put the dashboard on the stage.
        </p>
      )}
      {onStage.data && !notice && mayShare && (
        <p className={page.muted} style={{ margin: 0 }}>
          The dashboard is on the stage. To present it yourself, share it from here.
        </p>
      )}
      <StatusNotice notice={notice} />
      {dashboard.error && <ErrorBar>Could not load the agenda: {dashboard.error.message}</ErrorBar>}
      {!d && dashboard.loading && <Loading label="Loading the agenda" />}
      {d && d.exceptions.length === 0 && (
        <InfoBar intent="success">No exceptions this month.</InfoBar>
      )}
      {d && d.exceptions.length > 0 && (
        <ol className={styles.list} aria-label="Exceptions to discuss">
          {d.exceptions.map((e) => (
            <li key={e.indicatorId} className={styles.item}>
              <span className={styles.code}>{e.code}</span> {e.title}
              <div className={styles.figures}>
                <NowRating row={e} />
                <span>
                  {figureText(e)} against {e.targetText}
                </span>
                {/* Where the figure has been heading: the agenda's one picture, small enough for
                    the 320 px panel. */}
                <Sparkline points={e.trend} width={72} height={20} />
                {e.persistent && <span>Persistent</span>}
              </div>
              <span className={page.muted}>
                {e.actionPlan ? `Action plan: ${e.actionPlan.owner}` : 'No action plan'}
                {e.actionPlan && (
                  <>
                    {' '}
                    <OverdueMark label={e.actionPlan.overdueLabel} />
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
