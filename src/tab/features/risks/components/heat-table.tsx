// The heat map as a table (its accessible alternative): impact down the side, likelihood along the
// top, each cell the number of risks with its score, band and whether it is above tolerance.
import { TableScroll, useTableStyles } from '../../../shared/components/index.js';
import type { RiskSummaryView } from '../api/get-risks.js';
import { heatCells, LEVELS } from './heat-cells.js';

export function HeatTable({
  risks,
  bands,
  tolerance,
}: {
  risks: readonly RiskSummaryView[];
  bands: readonly { name: string; from: number }[];
  tolerance: number;
}) {
  const t = useTableStyles();
  return (
    <TableScroll label="The heat map as a table">
      <table className={t.table} data-heat-table="">
        <caption className={t.caption}>
          Risks by residual likelihood and impact (score, band; above tolerance {tolerance} marked)
        </caption>
        <thead>
          <tr>
            <th scope="col" className={t.cell}>
              Impact
            </th>
            {LEVELS.map((l) => (
              <th key={l} scope="col" className={t.num}>
                Likelihood {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatCells(risks, bands, tolerance).map((row) => (
            <tr key={row[0]!.impact}>
              <th scope="row" className={t.cell}>
                Impact {row[0]!.impact}
              </th>
              {row.map((c) => (
                <td key={c.likelihood} className={t.num} data-cell={`${c.likelihood}-${c.impact}`}>
                  <strong>{c.count}</strong> ({c.score}, {c.band}
                  {c.aboveTolerance ? ', above tolerance' : ''})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
