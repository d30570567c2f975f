// My work: the action plans waiting for my approval (as the council's setting says who approves),
// each with its details and the Approve / Not approved controls. Hidden when there are none and the
// council asks for no approval, so most people never see an empty section.
import { useState } from 'react';
import {
  ErrorBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { getActionPlans } from '../api/index.js';
import { PlanPanel } from './plan-panel.js';
import { usePlansStyles } from './plans-styles.js';

export function PlansAwaitingApproval({ meId }: { meId: string }) {
  const page = usePageStyles();
  const styles = usePlansStyles();
  const plans = useLoad(() => getActionPlans({ awaiting: 'me' }), [meId]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = plans.data ?? [];
  if (plans.data && list.length === 0 && !notice) return null;
  return (
    <section aria-labelledby="plans-awaiting">
      <h2 id="plans-awaiting" className={page.h2}>
        Action plans awaiting your approval ({list.length})
      </h2>
      <StatusNotice notice={notice} />
      {plans.error && <ErrorBar>Could not load the plans: {plans.error.message}</ErrorBar>}
      {!plans.data && plans.loading && <Loading label="Loading the plans awaiting approval" />}
      {plans.data?.length === 0 && <p className={page.muted}>No plans are waiting for you.</p>}
      <div className={styles.list}>
        {list.map((p) => (
          <PlanPanel
            key={`${p.id}-${p.version}`}
            plan={p}
            withCode
            onChanged={(changed, text) => {
              setNotice({ ok: changed !== null, text });
              plans.reload();
            }}
          />
        ))}
      </div>
    </section>
  );
}
