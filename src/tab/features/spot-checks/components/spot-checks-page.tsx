// The Spot checks page (#/spot-checks?period=…, issue 14 item 5): pick a quarter; the performance
// team draws its sample (or draws again, with a reason); everyone sees the checks they may — all of
// them for the performance and Leadership teams, their own for anyone else — and the assigned
// checker records the finding beside the figure, its evidence and its written procedure.
import { makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { getPeriodChoices, getToday, hasEnded } from '../../../shared/api/index.js';
import {
  ErrorBar,
  Loading,
  PeriodSelect,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { getSpotChecks } from '../api/spot-checks-api.js';
import { CheckCard } from './check-card.js';
import { DrawPanel } from './draw-panel.js';

const useStyles = makeStyles({
  picker: { maxWidth: '20rem' },
  list: { display: 'flex', flexDirection: 'column', gap: '16px' },
});

async function loadQuarters() {
  const [{ today }, quarters] = await Promise.all([getToday(), getPeriodChoices('quarter', 2)]);
  // The latest quarter that has ended: its figures are the ones to check.
  const initial = quarters.find((q) => hasEnded(q, today)) ?? quarters[0];
  return { quarters, initial: initial?.key ?? '' };
}

export function SpotChecksPage({
  period,
  onPeriod,
}: {
  period?: string;
  onPeriod: (period: string) => void;
}) {
  const page = usePageStyles();
  const styles = useStyles();
  const quarters = useLoad(loadQuarters, []);
  const chosen = period ?? quarters.data?.initial ?? '';
  const [notice, setNotice] = useState<Notice | null>(null);
  const checks = useLoad(() => (chosen ? getSpotChecks(chosen) : Promise.resolve(null)), [chosen]);
  const view = checks.data;
  const done = (n: Notice) => {
    setNotice(n);
    checks.reload();
  };
  return (
    <>
      <h1 className={page.h1}>Spot checks</h1>
      <p>
        Each quarter the performance team draws a sample of indicators to verify. Each check goes to
        someone who is none of the indicator’s officers, who compares the figure with its evidence
        and written procedure and records what they found.
      </p>
      {quarters.error && <ErrorBar>Could not load the quarters: {quarters.error.message}</ErrorBar>}
      {quarters.data && (
        <div className={styles.picker}>
          <PeriodSelect
            id="spot-quarter"
            label="Quarter"
            periods={quarters.data.quarters}
            value={chosen}
            onChange={(key) => {
              setNotice(null);
              onPeriod(key);
            }}
          />
        </div>
      )}
      <StatusNotice notice={notice} />
      {checks.error && <ErrorBar>Could not load the spot checks: {checks.error.message}</ErrorBar>}
      {!view && checks.loading && <Loading label="Loading the spot checks" />}
      {view && (
        <>
          <h2 className={page.h2}>The sample for {view.periodLabel}</h2>
          {view.draw && (
            <p>
              Drawn on {view.draw.drawnOn} by {view.draw.drawnByName}
              {view.draw.redrawReason ? `, drawn again because: ${view.draw.redrawReason}` : ''}.
              {view.replaced.length > 0 &&
                ` It replaced ${view.replaced.length} earlier draw${view.replaced.length === 1 ? '' : 's'}.`}
            </p>
          )}
          {view.checks.length === 0 && (
            <p>
              {view.mayDraw
                ? 'Not drawn yet.'
                : 'No spot checks of this quarter are assigned to you.'}
            </p>
          )}
          <div className={styles.list}>
            {view.checks.map((c) => (
              <CheckCard key={c.id} check={c} onDone={done} />
            ))}
          </div>
          {view.mayDraw && <DrawPanel key={view.draw?.id ?? 'none'} view={view} onDone={done} />}
        </>
      )}
    </>
  );
}
