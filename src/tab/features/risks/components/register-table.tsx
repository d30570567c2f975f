// The register as a table: every figure and state in words (band, trend, overdue), the risk's code
// a link to its page, the objectives it threatens by code.
import { Link } from '@fluentui/react-components';
import { ColumnHeads, TableScroll, useTableStyles } from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import type { RiskSummaryView, ScoreView } from '../api/get-risks.js';

const COLUMNS = [
  'Code',
  'Risk',
  'Owner',
  'Category',
  'Inherent',
  'Residual',
  'Trend',
  'Review',
  'Status',
  'Objectives',
] as const;

export const scoreWords = (s: ScoreView) => `${s.score} ${s.band} (${s.likelihood}×${s.impact})`;

export function RegisterTable({ risks }: { risks: readonly RiskSummaryView[] }) {
  const t = useTableStyles();
  return (
    <TableScroll label="The risk register">
      <table className={t.table} data-register="">
        <caption className={t.caption}>
          {risks.length} risk{risks.length === 1 ? '' : 's'}, highest residual score first
        </caption>
        <ColumnHeads names={COLUMNS} />
        <tbody>
          {risks.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={t.cell}>
                <Link href={`#/risks/${encodeURIComponent(r.code)}`}>{r.code}</Link>
              </th>
              <td className={t.cell}>{r.title}</td>
              <td className={t.cell}>{r.owner.name}</td>
              <td className={t.cell}>{r.category}</td>
              <td className={t.cell}>{scoreWords(r.inherent)}</td>
              <td className={t.cell}>
                {scoreWords(r.residual)}
                {r.aboveTolerance ? ', above tolerance' : ''}
              </td>
              <td className={t.cell}>{r.trend.words}</td>
              <td className={t.cell}>
                {formatDate(r.reviewDate)}
                {r.reviewOverdue ? ', overdue' : ''}
              </td>
              <td className={t.cell}>{r.status}</td>
              <td className={t.cell}>{r.objectiveCodes.join(', ') || 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
