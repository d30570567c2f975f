// Every indicator, retired ones included, with edit, retire and reinstate.
import { Button, Link } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  ExcelLink,
  Loading,
  useLoad,
  usePageStyles,
  StatusNotice,
  TableScroll,
  ColumnHeads,
  type Notice,
} from '../../../shared/components/index.js';
import { getToday } from '../../../shared/api/index.js';
import { adminApi, type AdminIndicator } from '../api/index.js';
import { useTableStyles } from '../../../shared/components/index.js';
import { saveFailure } from './problems.js';
import { IndicatorsNeedingOwners } from './indicators-needing-owners.js';

const FREQUENCY = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'half-yearly': 'Half-yearly',
  annual: 'Annual',
};

export function IndicatorsAdmin() {
  const page = usePageStyles();
  const t = useTableStyles();
  const list = useLoad(adminApi.indicators, []);
  // The list's targets are this financial year's, as the server reckons it.
  const today = useLoad(getToday, []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const toggle = async (i: AdminIndicator) => {
    try {
      await adminApi.retireIndicator(i.id, i.version, !i.retired);
      setNotice({ ok: true, text: `${i.code} ${i.retired ? 'reinstated' : 'retired'}.` });
    } catch (e) {
      setNotice({ ok: false, text: saveFailure(e).message ?? 'Could not save' });
    }
    list.reload();
  };
  return (
    <section aria-labelledby="admin-indicators">
      <h2 id="admin-indicators" className={page.h2}>
        Indicators ({list.data?.length ?? 0})
      </h2>
      <p className={page.row}>
        <Link href="#/admin/indicators/new">Add an indicator</Link>
        {today.data && (
          <ExcelLink view="indicators" period={today.data.financialYear}>
            Download the indicator list (Excel)
          </ExcelLink>
        )}
      </p>
      <StatusNotice notice={notice} />
      {list.data && <IndicatorsNeedingOwners indicators={list.data} />}
      {list.error && <ErrorBar>Could not load the indicators: {list.error.message}</ErrorBar>}
      {!list.data && list.loading && <Loading label="Loading the indicators" />}
      {list.data && (
        <TableScroll label="All indicators">
          <table className={t.table}>
            <caption className={t.caption}>All indicators, by code</caption>
            <ColumnHeads names={['Code', 'Title', 'Frequency', 'Status', 'Actions']} />
            <tbody>
              {list.data.map((i) => (
                <tr key={i.id} data-code={i.code}>
                  <th scope="row" className={t.cell}>
                    {i.code}
                  </th>
                  <td className={t.cell}>{i.title}</td>
                  <td className={t.cell}>{FREQUENCY[i.frequency]}</td>
                  <td className={t.cell}>{i.retired ? 'Retired' : 'In use'}</td>
                  <td className={t.cell}>
                    <span className={page.row}>
                      <Link
                        href={`#/admin/indicators/${encodeURIComponent(i.id)}`}
                        aria-label={`Edit ${i.code}`}
                      >
                        Edit
                      </Link>
                      <Button
                        size="small"
                        onClick={() => void toggle(i)}
                        aria-label={`${i.retired ? 'Reinstate' : 'Retire'} ${i.code}`}
                      >
                        {i.retired ? 'Reinstate' : 'Retire'}
                      </Button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
