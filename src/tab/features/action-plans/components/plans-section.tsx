// The "Action plans" section of an indicator page: every plan of the indicator, open first (overdue
// first among them), each with its progress history, outcome and what the viewer may do to it.
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

export function PlansSection({ indicatorId, code }: { indicatorId: string; code: string }) {
  const page = usePageStyles();
  const styles = usePlansStyles();
  const plans = useLoad(() => getActionPlans({ indicatorId }), [indicatorId]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = plans.data ?? [];
  const open = list.filter((p) => p.status === 'open').length;
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading" className={page.h2}>
        Action plans ({plans.data ? `${open} open of ${list.length}` : '…'})
      </h2>
      <StatusNotice notice={notice} />
      {plans.error && (
        <ErrorBar>
          Could not load the action plans of {code}: {plans.error.message}
        </ErrorBar>
      )}
      {!plans.data && plans.loading && <Loading label="Loading the action plans" />}
      {plans.data?.length === 0 && <p className={page.muted}>No action plans.</p>}
      <div className={styles.list}>
        {list.map((p) => (
          <PlanPanel
            key={`${p.id}-${p.version}`}
            plan={p}
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
