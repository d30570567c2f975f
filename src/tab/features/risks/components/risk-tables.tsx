// A risk's mitigating actions and its review history, as tables (dates dd/mm/yyyy).
import { ColumnHeads, TableScroll, useTableStyles } from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import type { RiskDetailView } from '../api/get-risk.js';
import { scoreWords } from './register-table.js';

const MITIGATION_WORDS = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
};

export function MitigationsTable({ risk }: { risk: RiskDetailView }) {
  const t = useTableStyles();
  if (!risk.mitigations.length) return <p>No mitigating actions recorded.</p>;
  return (
    <TableScroll label="Mitigating actions">
      <table className={t.table}>
        <ColumnHeads names={['Action', 'Owner', 'Due', 'Status']} />
        <tbody>
          {risk.mitigations.map((m) => (
            <tr key={m.id}>
              <td className={t.cell}>{m.title}</td>
              <td className={t.cell}>{m.owner.name}</td>
              <td className={t.cell}>{formatDate(m.dueDate)}</td>
              <td className={t.cell}>{MITIGATION_WORDS[m.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ReviewsTable({ risk }: { risk: RiskDetailView }) {
  const t = useTableStyles();
  if (!risk.reviews.length) return <p>Not reviewed yet.</p>;
  return (
    <TableScroll label="Review history">
      <table className={t.table} data-reviews="">
        <ColumnHeads names={['Date', 'Residual score', 'Reviewer', 'Commentary']} />
        <tbody>
          {/* Latest first: the most recent review is what a reader wants. */}
          {[...risk.reviews].reverse().map((v) => (
            <tr key={v.id}>
              <td className={t.cell}>{formatDate(v.date)}</td>
              <td className={t.cell}>{scoreWords(v.residual)}</td>
              <td className={t.cell}>{v.reviewer.name}</td>
              <td className={t.cell}>{v.commentary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
