// LG Inform's own CSV of one metric by area and period (the web service's `data.csv` with
// rowGrouping=area and columnGrouping=period, which is also what LG Inform's data tool downloads):
// a header row `area, area label, area long label, <one column per period label>`, then one row per
// area. What is confirmed and what is assumed is in the README, "LG Inform's CSV download".
//   area           → the council's GSS code (a member row); England's E92000001 → the average of
//                    the "England average" group; any other identifier (LG Inform names a
//                    comparison group such as `..._CIPFA_Near_Neighbours`) → the group's average
//   area label     → the council's name
//   a period label → our period key, read as the history import reads periods (2023/24, Q1
//                    2023/24, Apr 2023); a calendar year (2023) is refused, as it is no period of ours
//   a cell         → the value in the indicator's unit; blank, "-", ":", "n/a", "x", "c", "*" or
//                    "null" is a figure LG Inform does not have, and is skipped
import type { Indicator } from '../../../domain/model/types.js';
import { periodForIndicator, figureForUnit } from '../../import/period-figures.js';
import type { ProblemList } from '../../import/problems.js';
import type { CsvRecord } from '../../import/read-records.js';
import { ENGLAND_GSS, isGssCode, type BenchmarkRow } from './benchmark-row.js';

/** The group England's row goes to, named as the demo and a council's own files name it. */
export const ENGLAND_GROUP = 'England average';

const AREA_COLUMNS = new Set(['area', 'area label', 'area long label']);
const MISSING = new Set(['', '-', ':', '..', 'n/a', 'na', 'x', 'c', '*', 'null']);
/** How many title lines may come before the header row. */
const TITLE_LINES = 5;

const norm = (cell: string | undefined) => (cell ?? '').trim().toLowerCase();

/** Where LG Inform's header row is, or -1 when the records are not LG Inform's download. */
export function lgInformHeaderAt(records: readonly CsvRecord[]): number {
  return records
    .slice(0, TITLE_LINES)
    .findIndex((r) => norm(r.cells[0]) === 'area' && norm(r.cells[1]) === 'area label');
}

export interface LgInformTarget {
  indicator: Indicator;
  /** The comparator group the member councils are in (`--group`). */
  group: string;
  source: string;
}

export function readLgInformRecords(
  records: readonly CsvRecord[],
  target: LgInformTarget,
  problems: ProblemList,
): BenchmarkRow[] {
  const at = lgInformHeaderAt(records);
  const header = records[at]!;
  const periods = header.cells.map((label, i) => {
    if (AREA_COLUMNS.has(norm(label))) return null;
    const read = periodForIndicator(label, target.indicator, { orYear: true });
    if (read.ok) return read.value;
    problems.add(header.line, `column ${i + 1}`, `the period ${read.reason}`);
    return null;
  });
  const nameAt = header.cells.findIndex((c) => norm(c) === 'area label');
  const rows: BenchmarkRow[] = [];
  for (const rec of records.slice(at + 1)) {
    const area = (rec.cells[0] ?? '').trim();
    // LG Inform repeats its header under a second heading row in some downloads.
    if (norm(area) === 'area' || area === '') continue;
    const name = (rec.cells[nameAt] ?? '').trim() || area;
    const code = area.toUpperCase();
    const member = isGssCode(code) && code !== ENGLAND_GSS;
    rec.cells.forEach((cell, i) => {
      const period = periods[i];
      if (!period || MISSING.has(norm(cell))) return;
      const value = figureForUnit(cell, target.indicator.unit);
      if (!value.ok) {
        problems.add(rec.line, `${header.cells[i]} (${name})`, value.reason);
        return;
      }
      rows.push({
        line: rec.line,
        indicatorId: target.indicator.id,
        periodKey: period.key,
        groupName: code === ENGLAND_GSS ? ENGLAND_GROUP : target.group,
        groupKind: null,
        kind: member ? 'member' : 'average',
        areaCode: member ? code : null,
        areaName: member ? name : null,
        value: value.value,
        source: target.source,
      });
    });
  }
  return rows;
}

/** `LG Inform, metric 4282`: where a figure read from LG Inform came from. */
export const lgInformSource = (metricId: number | null | undefined): string =>
  metricId ? `LG Inform, metric ${metricId}` : 'LG Inform';
