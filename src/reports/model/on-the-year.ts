// The annual report reads each indicator on the year, not on its last month: the year-to-date
// figure (summed, averaged or the latest, by the indicator's own rule) rated against the
// year-to-date target. An indicator with no authorised figure this year keeps its own status.
import { rateFigure, type IndicatorStatusRow } from '../../app/status/index.js';
import type { ReportData } from './report-data.js';

export function onTheYear(data: ReportData, row: IndicatorStatusRow): IndicatorStatusRow {
  if (row.ytdValue === null) return row;
  return {
    ...row,
    period: {
      ...row.period,
      label: `${row.period.kind === 'year' ? 'Year' : 'Year to date'} ${row.period.year}`,
    },
    value: row.ytdValue,
    target: row.ytdTarget,
    rating: rateFigure(row.indicator, row.ytdValue, row.ytdTarget, data.settings),
  };
}
