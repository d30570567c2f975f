// The return timetable: when each period's returns are due. Dates the team set, or the default
// rule (N working days after the period ends); each can be changed, dd/mm/yyyy. A save sends the
// version the row was read at, so a date someone else changed meanwhile is refused (409), not lost.
import { Button, Input } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  Loading,
  UkDateField,
  useLoad,
  usePageStyles,
  StatusNotice,
  type Notice,
  TableScroll,
} from '../../../shared/components/index.js';
import { useTableStyles } from '../../../shared/components/index.js';
import { adminApi, type TimetableRow } from '../api/index.js';
import { saveFailure } from './problems.js';

function Row({
  row,
  onSaved,
  onFailed,
}: {
  row: TimetableRow;
  onSaved: (t: string) => void;
  onFailed: (t: string) => void;
}) {
  const t = useTableStyles();
  const [due, setDue] = useState<string | null>(row.dueDate);
  const [note, setNote] = useState(row.note);
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    if (!due) return setError('Enter the due date as dd/mm/yyyy');
    try {
      await adminApi.setDueDate(row.periodKey, due, note, row.version);
      setError(undefined);
      onSaved(`${row.periodLabel} returns now due ${due.split('-').reverse().join('/')}.`);
    } catch (e) {
      const f = saveFailure(e);
      setError(f.fields.dueDate);
      // As the other set-up forms say it: what happened, then how to see the other person's change.
      const text = f.fields.dueDate ?? f.message ?? 'Could not save';
      onFailed(f.conflict ? `${text} Reload the page to see their change.` : text);
    }
  };
  return (
    <tr>
      <th scope="row" className={t.cell} style={{ fontWeight: 'normal' }}>
        {row.periodLabel}
      </th>
      <td className={t.cell}>
        <UkDateField
          label={`Due date for ${row.periodLabel}`}
          value={row.dueDate}
          onChange={setDue}
          error={error}
          required
        />
      </td>
      <td className={t.cell}>{row.source === 'timetable' ? 'Set by the team' : 'Default rule'}</td>
      <td className={t.cell}>
        <Input
          aria-label={`Note for ${row.periodLabel}`}
          value={note}
          onChange={(_e, d) => setNote(d.value)}
        />
      </td>
      <td className={t.cell}>
        <Button
          size="small"
          onClick={() => void save()}
          aria-label={`Save the due date for ${row.periodLabel}`}
        >
          Save
        </Button>
      </td>
    </tr>
  );
}

export function TimetableAdmin() {
  const page = usePageStyles();
  const t = useTableStyles();
  const rows = useLoad(() => adminApi.timetable(), []);
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <section aria-labelledby="timetable-heading">
      <h2 id="timetable-heading" className={page.h2}>
        Return timetable
      </h2>
      <StatusNotice notice={notice} />
      {rows.error && <ErrorBar>Could not load the timetable: {rows.error.message}</ErrorBar>}
      {!rows.data && rows.loading && <Loading label="Loading the timetable" />}
      {rows.data && (
        <TableScroll label="When returns are due">
          <table className={t.table}>
            <caption className={t.caption}>When returns are due, this financial year</caption>
            <thead>
              <tr>
                <th scope="col" className={t.cell}>
                  Period
                </th>
                <th scope="col" className={t.cell}>
                  Due
                </th>
                <th scope="col" className={t.cell}>
                  Set by
                </th>
                <th scope="col" className={t.cell}>
                  Note
                </th>
                <th scope="col" className={t.cell}>
                  Save
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((r) => (
                <Row
                  key={`${r.periodKey}|${r.dueDate}`}
                  row={r}
                  onSaved={(text) => {
                    setNotice({ ok: true, text });
                    rows.reload();
                  }}
                  onFailed={(text) => setNotice({ ok: false, text })}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
