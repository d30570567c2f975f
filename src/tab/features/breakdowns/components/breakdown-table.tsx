// One breakdown as a table: the map's alternative (each ward with its value and band in words) and
// the only view of a community group's breakdown.
import { TableScroll, useTableStyles } from '../../../shared/components/index.js';
import type { BreakdownView } from '../api/breakdowns-api.js';
import { bandOf, type ValueBand } from './value-bands.js';

export function BreakdownTable({
  breakdown,
  bands,
  caption,
}: {
  breakdown: BreakdownView;
  /** The map's bands, when it has a map: the table then says each row's band. */
  bands: readonly ValueBand[] | null;
  caption: string;
}) {
  const t = useTableStyles();
  const parts = breakdown.values.some((v) => v.numerator !== null || v.denominator !== null);
  const area = breakdown.dimension === 'area';
  const count = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-GB'));
  return (
    <TableScroll label={caption}>
      <table className={t.table} data-breakdown-table={breakdown.breakdown}>
        <caption className={t.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={t.cell}>
              {breakdown.breakdown}
            </th>
            {area && (
              <th scope="col" className={t.cell}>
                Code
              </th>
            )}
            <th scope="col" className={t.num}>
              Value
            </th>
            {parts && (
              <>
                <th scope="col" className={t.num}>
                  Numerator
                </th>
                <th scope="col" className={t.num}>
                  Denominator
                </th>
              </>
            )}
            {bands && (
              <th scope="col" className={t.cell}>
                Map band
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {breakdown.values.map((v) => (
            <tr key={v.key} data-key={v.key}>
              <th scope="row" className={t.cell}>
                {v.label}
              </th>
              {area && <td className={t.cell}>{v.key}</td>}
              <td className={t.num}>{v.valueText}</td>
              {parts && (
                <>
                  <td className={t.num}>{count(v.numerator)}</td>
                  <td className={t.num}>{count(v.denominator)}</td>
                </>
              )}
              {bands && (
                <td className={t.cell}>
                  {bandOf(v.value, bands)?.words.replace(/:.*/, '') ?? 'None'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
