// The deep-dive reviews page (#/deep-dives): every review, those under way first (soonest due),
// then closed ones, each with its indicator (a link to its page, where it is written), why it
// was asked for, its lead and where it stands; a choice narrows it to under way or closed.
import { Link, Select, Field, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  Loading,
  TableScroll,
  useLoad,
  usePageStyles,
  useTableStyles,
} from '../../../shared/components/index.js';
import { getDeepDives } from '../api/index.js';

type Status = '' | 'open' | 'closed';

const useStyles = makeStyles({ filter: { maxWidth: '16rem', marginBottom: '12px' } });

export function DeepDivesPage() {
  const page = usePageStyles();
  const table = useTableStyles();
  const s = useStyles();
  const [status, setStatus] = useState<Status>('');
  const list = useLoad(() => getDeepDives({ status: status || undefined }), [status]);
  const rows = list.data ?? [];
  return (
    <>
      <h1 className={page.h1}>Deep-dive reviews</h1>
      <p className={page.muted}>
        In-depth reviews of persistent under-performance, or of an indicator a committee or the
        performance team asked about. Each is written on its indicator’s page.
      </p>
      <Field label="Show" className={s.filter}>
        <Select value={status} onChange={(_, d) => setStatus(d.value as Status)}>
          <option value="">All reviews</option>
          <option value="open">Under way</option>
          <option value="closed">Closed</option>
        </Select>
      </Field>
      {list.error && (
        <ErrorBar>Could not load the deep-dive reviews: {list.error.message}</ErrorBar>
      )}
      {!list.data && list.loading && <Loading label="Loading the deep-dive reviews" />}
      {list.data && rows.length === 0 && <p>No deep-dive reviews to show.</p>}
      {rows.length > 0 && (
        <TableScroll label="Deep-dive reviews">
          <table className={table.table}>
            <caption className={page.h3} style={{ textAlign: 'left' }}>
              {rows.length} deep-dive review{rows.length === 1 ? '' : 's'}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={table.cell}>
                  Indicator
                </th>
                <th scope="col" className={table.cell}>
                  Where it stands
                </th>
                <th scope="col" className={table.cell}>
                  Lead officer
                </th>
                <th scope="col" className={table.cell}>
                  Why a deep dive
                </th>
                <th scope="col" className={table.cell}>
                  Questions answered
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-review={r.id}>
                  <th scope="row" className={table.cell} style={{ fontWeight: 'normal' }}>
                    <Link href={`#/indicators/${encodeURIComponent(r.indicator.code)}`}>
                      {r.indicator.code}
                    </Link>{' '}
                    {r.indicator.title}
                  </th>
                  <td className={table.cell}>{r.standing}</td>
                  <td className={table.cell}>
                    {r.lead.name}
                    {r.lead.hasLeft ? ' (has left)' : ''}
                  </td>
                  <td className={table.cell}>{r.triggerWords}</td>
                  <td className={table.cell}>
                    {r.answered} of {r.questions.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
