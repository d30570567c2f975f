// The action plans I own: what I promised, by when, whether it is overdue (in words), and when the
// indicator should recover; above them, any plans waiting for my approval.
import { Link } from '@fluentui/react-components';
import {
  ErrorBar,
  Loading,
  useLoad,
  usePageStyles,
  TableScroll,
} from '../../../shared/components/index.js';
import { formatPeriodKey } from '../../../shared/format/index.js';
import { OverdueMark, PlansAwaitingApproval } from '../../action-plans/index.js';
import { getMyActionPlans } from '../api/index.js';
import { useTableStyles } from '../../../shared/components/index.js';

export function MyActionPlans({ meId }: { meId: string }) {
  const page = usePageStyles();
  const t = useTableStyles();
  const plans = useLoad(() => getMyActionPlans(meId), [meId]);
  return (
    <>
      <PlansAwaitingApproval meId={meId} />
      <section aria-labelledby="my-plans">
        <h2 id="my-plans" className={page.h2}>
          My action plans ({plans.data?.length ?? 0})
        </h2>
        {plans.error && (
          <ErrorBar>Could not load your action plans: {plans.error.message}</ErrorBar>
        )}
        {!plans.data && plans.loading && <Loading label="Loading your action plans" />}
        {plans.data?.length === 0 && <p className={page.muted}>You own no action plans.</p>}
        {plans.data && plans.data.length > 0 && (
          <TableScroll label="Action plans I own">
            <table className={t.table}>
              <caption className={t.caption}>Action plans I own, open first</caption>
              <thead>
                <tr>
                  <th scope="col" className={t.cell}>
                    Indicator
                  </th>
                  <th scope="col" className={t.cell}>
                    From
                  </th>
                  <th scope="col" className={t.cell}>
                    Actions
                  </th>
                  <th scope="col" className={t.cell}>
                    Due
                  </th>
                  <th scope="col" className={t.cell}>
                    Back on target by
                  </th>
                  <th scope="col" className={t.cell}>
                    Status
                  </th>
                </tr>
              </thead>
              <tbody>
                {plans.data.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className={t.cell} style={{ fontWeight: 'normal' }}>
                      <Link href={`#/indicators/${encodeURIComponent(p.indicatorCode)}`}>
                        {p.indicatorCode}
                      </Link>{' '}
                      {p.indicatorTitle}
                    </th>
                    <td className={t.cell}>{formatPeriodKey(p.periodKey)}</td>
                    <td className={t.cell}>{p.actions}</td>
                    <td className={t.cell}>
                      {p.dueOn} <OverdueMark label={p.overdueLabel} />
                    </td>
                    <td className={t.cell}>{formatPeriodKey(p.expectedRecovery)}</td>
                    <td className={t.cell}>
                      {p.status === 'open' ? 'Open' : 'Closed'}; {p.approvalLabel.toLowerCase()}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
