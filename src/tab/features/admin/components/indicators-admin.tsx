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
  type Notice,
} from '../../../shared/components/index.js';
import { londonToday } from '../../../shared/format/index.js';
import { adminApi, type AdminIndicator } from '../api/index.js';
import { useTableStyles } from '../../../shared/components/index.js';
import { saveFailure } from './problems.js';

/** This financial year, `2025/26`, from London's today. */
function currentYear(): string {
  const [y, m] = londonToday().split('-').map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

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
        <ExcelLink view="indicators" period={currentYear()}>
          Download the indicator list (Excel)
        </ExcelLink>
      </p>
      <StatusNotice notice={notice} />
      {list.error && <ErrorBar>Could not load the indicators: {list.error.message}</ErrorBar>}
      {!list.data && list.loading && <Loading label="Loading the indicators" />}
      {list.data && (
        <div className={page.tableWrap}>
          <table className={t.table}>
            <caption className={t.caption}>All indicators, by code</caption>
            <thead>
              <tr>
                <th scope="col" className={t.cell}>
                  Code
                </th>
                <th scope="col" className={t.cell}>
                  Title
                </th>
                <th scope="col" className={t.cell}>
                  Frequency
                </th>
                <th scope="col" className={t.cell}>
                  Status
                </th>
                <th scope="col" className={t.cell}>
                  Actions
                </th>
              </tr>
            </thead>
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
        </div>
      )}
    </section>
  );
}
