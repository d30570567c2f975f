// CSV text to rows keyed by column, each with the spreadsheet line it starts on.
import { CsvError, parse } from 'csv-parse/sync';
import { ValidationError } from '../../domain/errors/errors.js';
import {
  OPTIONAL_COLUMNS,
  REQUIRED_COLUMNS,
  normaliseHeader,
  type ColumnName,
  type RawRow,
} from './columns.js';
import type { ProblemList } from './problems.js';

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * csv-parse reports the line a record ends on; a quoted field may span lines, so the first line
 * is that minus the newlines inside the record's own text (skipped blank lines before it and
 * its closing newline do not count).
 */
function firstLine(rec: ParsedRecord): number {
  const own = rec.raw.replace(/^\n+/, '').replace(/\n$/, '');
  let inside = 0;
  for (const ch of own) if (ch === '\n') inside++;
  return rec.info.lines - inside;
}

function parseAll(text: string): ParsedRecord[] {
  try {
    return parse(text, {
      info: true,
      raw: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as ParsedRecord[];
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines ?? 0;
      throw new ValidationError(e.message.replace(/ at line \d+/, ''), `line ${line} csv`);
    }
    throw e;
  }
}

/** A CSV record as read, before any header is matched: its cells and the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Every record of CSV text (blank lines skipped, cells trimmed), each with its first line. */
export function readCsvRecords(text: string): CsvRecord[] {
  return parseAll(text).map((rec) => ({ line: firstLine(rec), cells: rec.record }));
}

/** The columns a kind of import file has: those it must have and those it may. */
export interface TableColumns<C extends string> {
  required: readonly C[];
  optional: readonly C[];
}

/** One data record of a table: trimmed cells by column (absent columns are ''), and its line. */
export interface TableRow<C extends string> {
  line: number;
  cells: Record<C, string>;
}

function headerColumns<C extends string>(header: string[], spec: TableColumns<C>): (C | null)[] {
  const names = header.map(normaliseHeader);
  const missing = spec.required.filter((c) => !names.includes(c));
  const problems = missing.map((c) => ({
    field: `line 1 ${c}`,
    message: `the required column "${c}" is missing`,
  }));
  names.forEach((n, i) => {
    if (n !== '' && names.indexOf(n) !== i) {
      problems.push({ field: `line 1 ${n}`, message: `the column "${n}" appears twice` });
    }
  });
  if (problems.length) throw new ValidationError(problems);
  const known = new Set<string>([...spec.required, ...spec.optional]);
  return names.map((n) => (known.has(n) ? (n as C) : null));
}

function emptyCells<C extends string>(spec: TableColumns<C>): Record<C, string> {
  const cells = {} as Record<C, string>;
  for (const c of [...spec.required, ...spec.optional]) cells[c] = '';
  return cells;
}

/**
 * Any import file's CSV text (header row first, columns matched ignoring case) to rows keyed by
 * column: the one CSV reader, shared by the indicator import and the plan import.
 */
export function readTable<C extends string>(
  text: string,
  spec: TableColumns<C>,
  problems: ProblemList,
): { columns: Set<C>; rows: TableRow<C>[] } {
  const records = readCsvRecords(text);
  const head = records[0];
  if (!head) throw new ValidationError('is empty: the first line must be the header row', 'file');
  const columns = headerColumns(head.cells, spec);
  const rows: TableRow<C>[] = [];
  for (const rec of records.slice(1)) {
    const line = rec.line;
    const cells = emptyCells(spec);
    rec.cells.forEach((value, i) => {
      const column = columns[i];
      if (column) cells[column] = value;
      else if (i >= columns.length && value !== '') {
        problems.add(
          line,
          `column ${i + 1}`,
          `has a value but the header has only ${columns.length} columns`,
        );
      }
    });
    rows.push({ line, cells });
  }
  return { columns: new Set(columns.filter((c): c is C => c !== null)), rows };
}

const INDICATOR_COLUMNS: TableColumns<ColumnName> = {
  required: REQUIRED_COLUMNS,
  optional: OPTIONAL_COLUMNS,
};

/** The columns the header names (so "given" can be told from "left blank"), and the rows. */
export function readRecords(
  text: string,
  problems: ProblemList,
): { columns: Set<ColumnName>; rows: RawRow[] } {
  return readTable(text, INDICATOR_COLUMNS, problems);
}
