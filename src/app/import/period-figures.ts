// The per-period part of each row: which period, its target and its actual, checked against the
// indicator's frequency and unit (a percentage of 140 or a negative count cannot be right).
import type { Indicator, UnitKind } from '../../domain/model/types.js';
import { kindForFrequency, tryParsePeriod, type Period } from '../../domain/periods/index.js';
import { impossibleForUnit } from '../../domain/values/index.js';
import type { ColumnName, RawRow } from './columns.js';
import { parseFigure, parseState, type ImportState, type Parsed } from './cell-parsers.js';
import type { ProblemList } from './problems.js';

export interface PeriodFigures {
  line: number;
  period: Period;
  target: number | null;
  actual: number | null;
  commentary: string | null;
  state: ImportState;
}

const KIND_WORDS = {
  month: 'month (2025-04)',
  quarter: 'quarter (2025/26 Q1)',
  half: 'half-year (2025/26 H1)',
  year: 'financial year (2025/26)',
};

/** A figure cell in the indicator's unit, refused when the unit makes it impossible (140%). */
export function figureForUnit(text: string, unit: UnitKind): Parsed<number> {
  const parsed = parseFigure(text, unit);
  if (!parsed.ok) return parsed;
  const impossible = impossibleForUnit(parsed.value, unit);
  return impossible ? { ok: false, reason: `${impossible} (got ${text})` } : parsed;
}

export function figure(
  row: RawRow,
  column: ColumnName,
  unit: UnitKind,
  problems: ProblemList,
): number | null | undefined {
  const text = row.cells[column];
  if (text === '') return null;
  const read = figureForUnit(text, unit);
  if (read.ok) return read.value;
  problems.add(row.line, column, read.reason);
  return undefined;
}

/**
 * A period cell read for an indicator: the same words as the history import's, and of the
 * indicator's frequency; `orYear` also takes the financial year itself, as comparator figures are
 * often published for the year only. The reason names the cell's text and what to give instead.
 */
export function periodForIndicator(
  text: string,
  indicator: Indicator,
  opts: { orYear?: boolean } = {},
): Parsed<Period> {
  if (text === '') return { ok: false, reason: 'is required' };
  const period = tryParsePeriod(text);
  if (!period) {
    return {
      ok: false,
      reason: `"${text}" is not a period; use 2025-04, 2025/26 Q1, 2025/26 H1 or 2025/26`,
    };
  }
  const kind = kindForFrequency(indicator.frequency);
  if (period.kind === kind || (opts.orYear && period.kind === 'year'))
    return { ok: true, value: period };
  const give =
    opts.orYear && kind !== 'year'
      ? `${KIND_WORDS[kind]} or a ${KIND_WORDS.year}`
      : KIND_WORDS[kind];
  return {
    ok: false,
    reason: `"${text}" is a ${period.kind} but ${indicator.code} is ${indicator.frequency}: give a ${give}`,
  };
}

export function periodOf(row: RawRow, indicator: Indicator, problems: ProblemList): Period | null {
  const read = periodForIndicator(row.cells.period, indicator);
  if (read.ok) return read.value;
  problems.add(row.line, 'period', read.reason);
  return null;
}

/** The rows of one indicator, checked; rows with a problem are reported and left out. */
export function periodFigures(
  rows: RawRow[],
  indicator: Indicator,
  problems: ProblemList,
): PeriodFigures[] {
  const seen = new Map<string, number>();
  const out: PeriodFigures[] = [];
  for (const row of rows) {
    const period = periodOf(row, indicator, problems);
    const target = figure(row, 'target', indicator.unit, problems);
    const actual = figure(row, 'actual', indicator.unit, problems);
    const state =
      row.cells.state === ''
        ? { ok: true as const, value: 'authorised' as const }
        : parseState(row.cells.state);
    if (!state.ok) problems.add(row.line, 'state', state.reason);
    for (const column of ['commentary', 'state'] as const) {
      if (row.cells[column] !== '' && actual === null) {
        problems.add(
          row.line,
          column,
          'is given without an actual; it belongs to the return, so give the actual too',
        );
      }
    }
    if (!period) continue;
    const earlier = seen.get(period.key);
    if (earlier !== undefined) {
      problems.add(
        row.line,
        'period',
        `${indicator.code} ${period.label} is already on line ${earlier}; give each code and period once`,
      );
      continue;
    }
    seen.set(period.key, row.line);
    if (target === undefined || actual === undefined || !state.ok) continue;
    const commentary = row.cells.commentary === '' ? null : row.cells.commentary;
    out.push({ line: row.line, period, target, actual, commentary, state: state.value });
  }
  return out;
}
