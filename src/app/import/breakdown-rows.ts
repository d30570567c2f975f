// Breakdown rows of the history file (issue 16; the README, "Breakdowns in the history file"): a
// row with a `breakdown` (`Ward`, `Age band`) is one breakdown value of the code's figure for its
// period, not a figure: `breakdown_value` names the ward by GSS code or the group by its label,
// `actual` gives the value (blank: suppressed), `numerator` and `denominator` its parts. The values
// of one code, period and breakdown are checked together by the same rules as the tab's entry, and
// written so the stored breakdown says exactly what the file says.
import { breakdownFields, breakdownProblems } from '../../domain/breakdowns/index.js';
import type { Indicator } from '../../domain/model/types.js';
import type { ListShapes, StoredItem, WriteOp } from '../../domain/ports/store.js';
import { breakdownWrites } from '../breakdowns/breakdown-writes.js';
import type { RawRow } from './columns.js';
import { parseFigure } from './cell-parsers.js';
import { figure, periodOf } from './period-figures.js';
import type { ProblemList } from './problems.js';

export const isBreakdownRow = (row: RawRow) => row.cells.breakdown !== '';

export interface ImportedBreakdown {
  periodKey: string;
  breakdown: string;
  lines: number[];
  values: {
    key: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
  }[];
}

const FIGURE_ONLY = ['target', 'commentary', 'state'] as const;

function part(row: RawRow, column: 'numerator' | 'denominator', problems: ProblemList) {
  const text = row.cells[column];
  if (text === '') return null;
  const parsed = parseFigure(text, 'number');
  if (parsed.ok) return parsed.value;
  problems.add(row.line, column, parsed.reason);
  return undefined;
}

/** One code's breakdown rows, grouped by period and breakdown and checked; problems by line. */
export function readBreakdownRows(
  rows: readonly RawRow[],
  indicator: Indicator,
  problems: ProblemList,
): ImportedBreakdown[] {
  const groups = new Map<string, ImportedBreakdown>();
  const keys = new Map<string, number>();
  for (const row of rows) {
    const period = periodOf(row, indicator, problems);
    // One row per key of a breakdown and period, told by line (before its value is read).
    const keyId = `${period?.key}|${row.cells.breakdown.toLowerCase()}|${row.cells.breakdown_value.toUpperCase()}`;
    const earlier = row.cells.breakdown_value === '' ? undefined : keys.get(keyId);
    if (period && earlier !== undefined) {
      problems.add(
        row.line,
        'breakdown_value',
        `${row.cells.breakdown_value} is already on line ${earlier}`,
      );
      continue;
    }
    keys.set(keyId, row.line);
    for (const column of FIGURE_ONLY) {
      if (row.cells[column] !== '')
        problems.add(row.line, column, 'belongs to the figure’s own row, not a breakdown row');
    }
    const value = figure(row, 'actual', indicator.unit, problems);
    const [numerator, denominator] = [
      part(row, 'numerator', problems),
      part(row, 'denominator', problems),
    ];
    if (!period || value === undefined || numerator === undefined || denominator === undefined)
      continue;
    const name = row.cells.breakdown;
    const id = `${period.key}|${name.toLowerCase()}`;
    const group = groups.get(id) ?? {
      periodKey: period.key,
      breakdown: name,
      lines: [],
      values: [],
    };
    group.lines.push(row.line);
    group.values.push({ key: row.cells.breakdown_value, value, numerator, denominator });
    groups.set(id, group);
  }
  const out = [...groups.values()];
  for (const g of out) {
    for (const p of breakdownProblems(g.breakdown, g.values, indicator.unit)) {
      const at = /^values\[(\d+)\]\.(\w+)/.exec(p.field);
      const column = at
        ? (({ key: 'breakdown_value', value: 'actual' } as Record<string, string>)[at[2]!] ??
          at[2]!)
        : 'breakdown';
      problems.add(at ? g.lines[Number(at[1])]! : g.lines[0]!, column, p.message);
    }
  }
  return out;
}

/** Each breakdown's writes against what is stored for the indicator. */
export function planBreakdowns(
  indicatorId: string,
  breakdowns: readonly ImportedBreakdown[],
  stored: readonly StoredItem<ListShapes['breakdownValues']>[],
  areaName: (code: string) => string | undefined,
  stamp: { enteredBy: string; enteredAt: string },
): WriteOp[] {
  return breakdowns.flatMap((b) =>
    breakdownWrites(
      { indicatorId, periodKey: b.periodKey, breakdown: b.breakdown },
      breakdownFields(b.breakdown, b.values, areaName),
      stored,
      stamp,
    ),
  );
}
