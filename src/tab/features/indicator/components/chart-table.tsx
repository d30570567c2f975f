// The chart as a table, for anyone who cannot see it or wants the exact figures: each period's
// figure, target and rating in words, and the comparator average where the chart draws one,
// written by the same formatter as the chart.
import { formatFigure, type FigureFormat } from '../../../../domain/values/format-value.js';
import { TableScroll, useTableStyles } from '../../../shared/components/index.js';
import type { ChartPoint } from './chart-model.js';

export function ChartTable({
  code,
  points,
  format,
}: {
  code: string;
  points: readonly ChartPoint[];
  format: FigureFormat;
}) {
  const t = useTableStyles();
  const name = `${code}: the figures in the chart`;
  const compared = points.some((p) => p.comparator);
  return (
    <details>
      <summary>The chart&apos;s figures as a table</summary>
      <TableScroll label={name}>
        <table className={t.table} aria-label={name}>
          <thead>
            <tr>
              <th scope="col" className={t.cell}>
                Period
              </th>
              <th scope="col" className={t.num}>
                Figure
              </th>
              <th scope="col" className={t.num}>
                Target
              </th>
              <th scope="col" className={t.cell}>
                Rating
              </th>
              {compared && (
                <th scope="col" className={t.num}>
                  Comparator average
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.periodKey}>
                <th scope="row" className={t.cell}>
                  {p.label}
                </th>
                <td className={t.num}>{formatFigure(p.value, format)}</td>
                <td className={t.num}>{formatFigure(p.target, format)}</td>
                <td className={t.cell}>{p.ratingLabel}</td>
                {compared && (
                  <td className={t.num}>{formatFigure(p.comparator?.value ?? null, format)}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
