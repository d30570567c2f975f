// The key development areas, worst first: the indicators off target or persistently
// under-performing, then the key actions off track, each with its commentary.
import { Link } from '@fluentui/react-components';
import { RatingBadge, TableScroll, useTableStyles } from '../../../shared/components/index.js';
import type { StrategicIndicatorRow, StrategicKeyAction } from '../api/get-strategic-dashboard.js';

export function AreaIndicators({ rows }: { rows: StrategicIndicatorRow[] }) {
  const t = useTableStyles();
  if (rows.length === 0)
    return <p>No indicator was off target or persistently under-performing.</p>;
  return (
    <TableScroll label="Indicators off target or persistently under-performing">
      <table className={t.table}>
        <caption className={t.caption}>Indicators, worst first</caption>
        <thead>
          <tr>
            <th className={t.cell}>Indicator</th>
            <th className={t.cell}>Period</th>
            <th className={t.num}>Figure</th>
            <th className={t.num}>Target</th>
            <th className={t.cell}>Rating</th>
            <th className={t.cell}>Commentary</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.indicatorId}>
              <td className={t.cell}>
                <Link href={`#/indicators/${encodeURIComponent(r.code)}`}>{r.code}</Link> {r.title}
              </td>
              <td className={t.cell}>{r.periodLabel}</td>
              <td className={t.num}>{r.valueText}</td>
              <td className={t.num}>{r.targetText}</td>
              <td className={t.cell}>
                <RatingBadge state={r.rating.state} label={r.rating.label} />
                {r.persistent && <div>Persistent under-performance</div>}
              </td>
              <td className={t.cell}>{r.commentary || 'No commentary given'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function AreaKeyActions({ rows }: { rows: StrategicKeyAction[] }) {
  const t = useTableStyles();
  if (rows.length === 0) return <p>No key action was reported off track.</p>;
  return (
    <TableScroll label="Key actions off track">
      <table className={t.table}>
        <caption className={t.caption}>Key actions, worst first</caption>
        <thead>
          <tr>
            <th className={t.cell}>Key action</th>
            <th className={t.cell}>Owner</th>
            <th className={t.cell}>Progress</th>
            <th className={t.cell}>Rating</th>
            <th className={t.cell}>Commentary</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td className={t.cell}>
                {a.code} {a.title}
              </td>
              <td className={t.cell}>{a.owner}</td>
              <td className={t.cell}>{a.status}</td>
              <td className={t.cell}>
                <RatingBadge state={a.rating.state} label={a.rating.label} />
              </td>
              <td className={t.cell}>{a.commentary || 'No commentary given'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
