// The quarterly report's breakdowns (issue 16): for each indicator in the report whose figure is
// authorised and has breakdowns for its period, a table per breakdown (by ward, by age band …),
// from the same stored values the indicator page shows. Reports count authorised figures only, so a
// breakdown of a figure still awaiting check or authorisation is left out with it.
import type { BreakdownValue } from '../../domain/model/types.js';
import { formatFigure } from '../../domain/values/index.js';
import type { IndicatorStatusRow } from '../../app/status/index.js';
import type { Block, Chapter } from './types.js';

const count = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-GB'));

function table(row: IndicatorStatusRow, name: string, values: BreakdownValue[]): Block {
  const area = values[0]!.dimension === 'area';
  const parts = values.some((v) => v.numerator !== null || v.denominator !== null);
  const sorted = [...values].sort((a, b) =>
    a.label.localeCompare(b.label, 'en-GB', { numeric: true }),
  );
  return {
    kind: 'table',
    header: [
      name,
      ...(area ? ['Code'] : []),
      'Value',
      ...(parts ? ['Numerator', 'Denominator'] : []),
    ],
    rows: sorted.map((v) => [
      v.label,
      ...(area ? [v.key] : []),
      v.value === null ? 'Not given' : formatFigure(v.value, row.indicator),
      ...(parts ? [count(v.numerator), count(v.denominator)] : []),
    ]),
    widths: [3, ...(area ? [1.6] : []), 1.4, ...(parts ? [1.4, 1.4] : [])],
    numeric: area ? (parts ? [2, 3, 4] : [2]) : parts ? [1, 2, 3] : [1],
  };
}

/** The chapter, or null when no indicator in the report has a breakdown of an authorised figure. */
export function breakdownChapter(
  rows: readonly IndicatorStatusRow[],
  values: readonly BreakdownValue[],
): Chapter | null {
  const sections: Chapter['sections'] = [];
  for (const row of rows) {
    if (!row.authorised) continue;
    const mine = values.filter(
      (v) => v.indicatorId === row.indicator.id && v.periodKey === row.period.key,
    );
    const names = [...new Set(mine.map((v) => v.breakdown))].sort();
    if (names.length === 0) continue;
    sections.push({
      heading: `${row.indicator.code} ${row.indicator.title}, ${row.period.label}`,
      blocks: names.map((n) =>
        table(
          row,
          n,
          mine.filter((v) => v.breakdown === n),
        ),
      ),
    });
  }
  return sections.length
    ? { id: 'breakdowns', heading: 'Breakdowns by place and community', sections }
    : null;
}
