// Every indicator's figure for the period, for anyone who wants more than the exceptions: the
// rating now and the year-end forecast rating side by side, provisional figures marked in words,
// a sparkline of the last few authorised figures, and the latest comparator quartile with its
// period where the indicator's group has figures (context, never a rating).
import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DashboardRow } from '../../../shared/api/index.js';
import { NowRating, YearEndRating, figureText } from './provisional-figure.js';
import { Sparkline } from '../../../shared/charts/index.js';
import {
  DirectionArrows,
  usePageStyles,
  RETURN_STATE_WORDS,
  useTableStyles,
  TableScroll,
} from '../../../shared/components/index.js';

/** A column of the caller's beside the others (the persistent list's deep-dive review). */
export interface ExtraColumn {
  heading: string;
  cell: (row: DashboardRow) => ReactNode;
}

export function IndicatorsTable({
  rows,
  caption,
  extra,
}: {
  rows: DashboardRow[];
  caption: string;
  extra?: ExtraColumn;
}) {
  const styles = useTableStyles();
  const page = usePageStyles();
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption className={page.h3} style={{ textAlign: 'left' }}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              Indicator
            </th>
            <th scope="col" className={styles.cell}>
              Period
            </th>
            <th scope="col" className={styles.num}>
              Figure
            </th>
            <th scope="col" className={styles.num}>
              Target
            </th>
            <th scope="col" className={styles.cell}>
              Trend
            </th>
            <th scope="col" className={styles.cell}>
              Rating now
            </th>
            <th scope="col" className={styles.cell}>
              Year-end forecast
            </th>
            <th scope="col" className={styles.cell}>
              Direction of travel (on last period, on last year)
            </th>
            <th scope="col" className={styles.cell}>
              Quartile against comparators
            </th>
            <th scope="col" className={styles.cell}>
              Status
            </th>
            {extra && (
              <th scope="col" className={styles.cell}>
                {extra.heading}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.indicatorId} data-code={r.code}>
              <th scope="row" className={styles.cell} style={{ fontWeight: 'normal' }}>
                <Link href={`#/indicators/${encodeURIComponent(r.code)}`}>{r.code}</Link> {r.title}
              </th>
              <td className={styles.cell}>{r.periodLabel}</td>
              <td className={styles.num}>{figureText(r)}</td>
              <td className={styles.num}>{r.targetText}</td>
              <td className={styles.cell}>
                <Sparkline points={r.trend} />
              </td>
              <td className={styles.cell}>
                <NowRating row={r} />
                {r.persistent && <span> (persistent)</span>}
              </td>
              <td className={styles.cell}>
                <YearEndRating row={r} />
              </td>
              <td className={styles.cell}>
                <DirectionArrows direction={r.direction} />
              </td>
              <td className={styles.cell}>
                {r.quartile ? `${r.quartile.words} (${r.quartile.periodLabel})` : '–'}
              </td>
              <td className={styles.cell}>
                {r.returnState ? (RETURN_STATE_WORDS[r.returnState] ?? r.returnState) : 'No return'}
              </td>
              {extra && <td className={styles.cell}>{extra.cell(r)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
