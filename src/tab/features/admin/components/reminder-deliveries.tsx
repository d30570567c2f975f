// Reminder deliveries: the reminders the nudges could not deliver, for the performance team to fix.
// A permanent failure (the person left, the app was removed from their Teams) is never retried by
// itself; once the cause is fixed the team clears it here. Every name, title and error is shown as
// text (React escapes it): none of it is trusted.
import {
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  Loading,
  useLoad,
  usePageStyles,
  StatusNotice,
  type Notice,
  TableScroll,
} from '../../../shared/components/index.js';
import { formatDate, formatDateTime } from '../../../shared/format/index.js';
import { adminApi, type DeliveryFilter, type DeliveryRow } from '../api/index.js';

const SHOW: [DeliveryFilter, string][] = [
  ['problems', 'Failed reminders'],
  ['permanent-failure', 'Could not be delivered (permanent)'],
  ['all', 'All reminders (latest 100)'],
];

const useStyles = makeStyles({
  filter: { maxWidth: '320px', marginBottom: '12px' },
  error: { overflowWrap: 'anywhere', maxWidth: '28em' },
});

function about(r: DeliveryRow): string {
  const what = [r.indicatorCode, r.indicatorTitle].filter(Boolean).join(' ');
  return what || 'A return no longer in the store';
}

function ClearButton({
  row,
  onDone,
}: {
  row: DeliveryRow;
  onDone: (ok: boolean, text: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  if (row.status !== 'failed' && row.status !== 'permanent-failure') return <>–</>;
  const who = row.recipientName ?? 'someone no longer listed';
  const label = row.retryable ? 'Try again' : 'Clear';
  const clear = async () => {
    setBusy(true);
    try {
      const res = await adminApi.retryReminder(row.id, row.version);
      onDone(
        true,
        res.outcome === 'retry'
          ? `The reminder to ${who} will be tried again in the next cycle.`
          : `The reminder to ${who} of ${formatDate(row.day)} is cleared; their next reminder goes as planned.`,
      );
    } catch (e) {
      onDone(false, e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      disabled={busy}
      onClick={() => void clear()}
      aria-label={`${label}: reminder to ${who} about ${row.indicatorCode ?? 'a return'}, ${formatDate(row.day)}`}
    >
      {label}
    </Button>
  );
}

function DeliveriesTable({
  rows,
  onDone,
}: {
  rows: DeliveryRow[];
  onDone: (ok: boolean, text: string) => void;
}) {
  const styles = useStyles();
  return (
    <TableScroll label="Reminder deliveries">
      <Table aria-label="Reminder deliveries, newest first" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>When</TableHeaderCell>
            <TableHeaderCell>To</TableHeaderCell>
            <TableHeaderCell>About</TableHeaderCell>
            <TableHeaderCell>Period</TableHeaderCell>
            <TableHeaderCell>Stage</TableHeaderCell>
            <TableHeaderCell>What came of it</TableHeaderCell>
            <TableHeaderCell>Attempts</TableHeaderCell>
            <TableHeaderCell>Error</TableHeaderCell>
            <TableHeaderCell>Action</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id} data-status={r.status}>
              <TableCell>{formatDateTime(r.at)}</TableCell>
              <TableCell>{r.recipientName ?? 'Not in the people list'}</TableCell>
              <TableCell>{about(r)}</TableCell>
              <TableCell>{r.periodLabel ?? '–'}</TableCell>
              <TableCell>{r.stageText}</TableCell>
              <TableCell>{r.statusText}</TableCell>
              <TableCell>{r.attempts}</TableCell>
              <TableCell className={styles.error}>{r.error ?? '–'}</TableCell>
              <TableCell>
                <ClearButton row={r} onDone={onDone} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

export function ReminderDeliveries() {
  const styles = useStyles();
  const page = usePageStyles();
  const [show, setShow] = useState<DeliveryFilter>('problems');
  const list = useLoad(() => adminApi.reminders(show), [show]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const done = (ok: boolean, text: string) => {
    setNotice({ ok, text });
    list.reload();
  };
  const label = SHOW.find(([k]) => k === show)?.[1] ?? '';
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading" className={page.h2}>
        Reminder deliveries
      </h2>
      <p className={page.muted}>
        Reminders that did not reach the person. A permanent failure (they have left, or the app was
        removed from their Teams) is not retried: fix the cause, then try again. A failure from an
        earlier day is cleared instead; the return&apos;s next reminder goes as planned.
      </p>
      <Field label="Show" className={styles.filter}>
        <Select value={show} onChange={(_e, d) => setShow(d.value as DeliveryFilter)}>
          {SHOW.map(([k, text]) => (
            <option key={k} value={k}>
              {text}
            </option>
          ))}
        </Select>
      </Field>
      <StatusNotice notice={notice} />
      {list.error && <ErrorBar>Could not load the reminders: {list.error.message}</ErrorBar>}
      {!list.data && list.loading && <Loading label="Loading the reminders" />}
      {list.data?.length === 0 && (
        <p className={page.muted}>
          {show === 'all' ? 'No reminders have been sent yet.' : 'No failed reminders.'}
        </p>
      )}
      {list.data && list.data.length > 0 && (
        <>
          <h3 className={page.h3}>
            {label} ({list.data.length})
          </h3>
          <DeliveriesTable rows={list.data} onDone={done} />
        </>
      )}
    </section>
  );
}
