// The meeting side panel (about 320 px wide): the agenda of exceptions for this meeting — what is
// not as expected, worst first — and the button that puts the dashboard on the shared stage.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  RatingBadge,
  useLoad,
  usePageStyles,
  StatusNotice,
  type Notice,
} from '../../../shared/components/index.js';
import { useTeams } from '../../../teams/index.js';
import { getDashboard } from '../../dashboard/api/index.js';
import { putStage } from '../api/index.js';
import { meetingContentUrl } from './config-page.js';

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
  const dashboard = useLoad(() => getDashboard(), []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sharing, setSharing] = useState(false);
  const d = dashboard.data;

  const share = async () => {
    if (!host.shareToStage || !context.meetingId) return;
    setSharing(true);
    setNotice(null);
    const route = d ? `#/dashboard?period=${encodeURIComponent(d.period.key)}` : '#/dashboard';
    try {
      // Claim the presenter role first, so the stage opens where the presenter is.
      await putStage(context.meetingId, route, true);
      await host.shareToStage(`${meetingContentUrl(window.location.origin).split('#')[0]}${route}`);
      setNotice({
        ok: true,
        text: 'Shared to the stage. Your moves on the stage are what everyone sees.',
      });
    } catch (e) {
      setNotice({
        ok: false,
        text: `Could not share to the stage: ${e instanceof Error ? e.message : String(e)}`,
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
      <Button
        appearance="primary"
        onClick={() => void share()}
        disabled={sharing || !host.shareToStage || !context.meetingId}
      >
        Share to stage
      </Button>
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
                <RatingBadge state={e.rating.state} label={e.rating.label} />
                <span>
                  {e.valueText} against {e.targetText}
                </span>
                {e.persistent && <span>Persistent</span>}
              </div>
              <span className={page.muted}>
                {e.actionPlan ? `Action plan: ${e.actionPlan.owner}` : 'No action plan'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
