// Reminders sent to me (the nudges' ledger): when, about what, and whether it reached me.
import {
  ErrorBar,
  Loading,
  useLoad,
  usePageStyles,
  TableScroll,
} from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import { getMyReminders } from '../api/index.js';
import { useTableStyles } from '../../../shared/components/index.js';

const STATUS: Record<string, string> = {
  pending: 'Waiting to send',
  sent: 'Sent',
  failed: 'Failed, will retry',
  'permanent-failure': 'Could not be delivered',
  skipped: 'Not sent',
};

export function MyReminders({ meId }: { meId: string }) {
  const page = usePageStyles();
  const t = useTableStyles();
  const reminders = useLoad(getMyReminders, [meId]);
  return (
    <section aria-labelledby="my-reminders">
      <h2 id="my-reminders" className={page.h2}>
        My reminders ({reminders.data?.length ?? 0})
      </h2>
      {reminders.error && (
        <ErrorBar>Could not load your reminders: {reminders.error.message}</ErrorBar>
      )}
      {!reminders.data && reminders.loading && <Loading label="Loading your reminders" />}
      {reminders.data?.length === 0 && (
        <p className={page.muted}>No reminders have been sent to you.</p>
      )}
      {reminders.data && reminders.data.length > 0 && (
        <TableScroll label="Reminders sent to me">
          <table className={t.table}>
            <caption className={t.caption}>Reminders sent to me, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className={t.cell}>
                  Day
                </th>
                <th scope="col" className={t.cell}>
                  About
                </th>
                <th scope="col" className={t.cell}>
                  Why
                </th>
                <th scope="col" className={t.cell}>
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {reminders.data.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className={t.cell} style={{ fontWeight: 'normal' }}>
                    {formatDate(r.day)}
                  </th>
                  <td className={t.cell}>
                    {[r.indicatorCode, r.periodLabel].filter(Boolean).join(', ') || '–'}
                  </td>
                  <td className={t.cell}>{r.reason}</td>
                  <td className={t.cell}>{STATUS[r.status] ?? r.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
