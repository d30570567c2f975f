// The latest returns' reminder history: what the nudges sent, to whom, when, and what came of it.
// Each return is a collapsed section that loads its history only when opened, so the page stays
// light. Names, reasons and errors are shown as text: none of it is trusted.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { HistoryRow } from '../../../shared/api/index.js';
import {
  ErrorBar,
  Loading,
  useLoad,
  usePageStyles,
  TableScroll,
} from '../../../shared/components/index.js';
import { formatDateTime } from '../../../shared/format/index.js';
import { useTableStyles } from '../../../shared/components/index.js';
import { getReminderHistory } from '../api/index.js';

/** How many of the latest returns get a reminder section. */
const LATEST = 2;

const useStyles = makeStyles({
  details: { margin: '0 0 8px' },
  summary: {
    cursor: 'pointer',
    padding: '4px 0',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

function HistoryTable({ returnId, periodLabel }: { returnId: string; periodLabel: string }) {
  const page = usePageStyles();
  const t = useTableStyles();
  const history = useLoad(() => getReminderHistory(returnId), [returnId]);
  if (history.error)
    return <ErrorBar>Could not load the reminders: {history.error.message}</ErrorBar>;
  if (!history.data) return <Loading label={`Loading the reminders for ${periodLabel}`} />;
  if (history.data.length === 0)
    return <p className={page.muted}>No reminders have been sent for {periodLabel}.</p>;
  return (
    <TableScroll label="Reminders for this return">
      <table className={t.table}>
        <caption className={t.caption}>Reminders for {periodLabel}, newest first</caption>
        <thead>
          <tr>
            {['When', 'To', 'Stage', 'What came of it', 'Why'].map((h) => (
              <th key={h} scope="col" className={t.cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.data.map((h) => (
            <tr key={h.key}>
              <td className={t.cell}>{formatDateTime(h.at)}</td>
              <td className={t.cell}>{h.recipientName ?? 'Not in the people list'}</td>
              <td className={t.cell}>{h.stageText}</td>
              <td className={t.cell}>
                {h.statusText}
                {h.error ? `: ${h.error}` : ''}
              </td>
              <td className={t.cell}>{h.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ReturnReminders({ row }: { row: HistoryRow }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.summary}>Reminders for {row.periodLabel}</summary>
      {open && <HistoryTable returnId={row.returnId} periodLabel={row.periodLabel} />}
    </details>
  );
}

export function ReminderHistory({ history }: { history: HistoryRow[] }) {
  const page = usePageStyles();
  const latest = history.slice(-LATEST).reverse();
  if (latest.length === 0) return <p className={page.muted}>No returns yet.</p>;
  return (
    <>
      {latest.map((row) => (
        <ReturnReminders key={row.returnId} row={row} />
      ))}
    </>
  );
}
