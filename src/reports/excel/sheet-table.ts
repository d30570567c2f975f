// One sheet holding one table, set up as a performance officer would by hand: a bold header row
// that stays in view (frozen) and repeats on every printed page, a filter on every column, columns
// as wide as their content up to a cap (longer text wraps), and A4 landscape printing fitted to one
// page wide, with the council, sheet and period in the page header and page numbers in the footer.
import type ExcelJS from 'exceljs';
import { protectCell } from '../../app/export/index.js';

/** A cell: text, a number (with its Excel format), or nothing. */
export type TableCell =
  string | number | null | { value: number | null; numFmt: string; text: string };

export interface TableColumn {
  header: string;
  /** Widest the column may grow, in characters; longer content wraps. */
  maxWidth?: number;
  /** Number columns align right. */
  numeric?: boolean;
}

export interface SheetTable {
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
}

export interface PrintTitle {
  councilName: string;
  periodLabel: string;
}

const MIN_WIDTH = 6;
const DEFAULT_MAX = 30;
const HEADER_FILL = 'FFDDE4EE';
/** Points per line of 11 pt text, Excel's default row height. */
const LINE_HEIGHT = 15;

/** The longest line a cell shows, for fitting widths; headers may wrap at word breaks. */
const textOf = (cell: TableCell): string =>
  cell === null ? '' : typeof cell === 'object' ? cell.text : String(cell);
const longestWord = (text: string): number =>
  Math.max(0, ...text.split(/\s+/).map((w) => w.length));

function fittedWidth(column: TableColumn, cells: TableCell[]): number {
  const cap = column.maxWidth ?? DEFAULT_MAX;
  const content = Math.max(0, ...cells.map((c) => textOf(c).length));
  // The header may wrap onto two lines, but never splits a word.
  const header = Math.max(longestWord(column.header), Math.ceil(column.header.length / 2));
  return Math.min(cap, Math.max(MIN_WIDTH, header, content) + (column.numeric ? 3 : 2));
}

/**
 * How many lines `text` wraps to in a column `width` characters wide, wrapping at spaces as Excel
 * does. Text runs a little narrower than the width unit (the digit 0), less a character for the
 * cell's padding; a long word breaks.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.05) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= room) {
        used = needed;
      } else if (used === 0) {
        lines += Math.ceil(word.length / room) - 1;
        used = word.length % room;
      } else {
        lines += Math.ceil(word.length / room);
        used = word.length % room || room;
      }
    }
  }
  return lines;
}

function writeCell(cell: ExcelJS.Cell, value: TableCell): void {
  if (value !== null && typeof value === 'object') {
    cell.value = value.value;
    cell.numFmt = value.numFmt;
  } else {
    cell.value = value === null ? null : protectCell(value);
  }
}

export function addTableSheet(book: ExcelJS.Workbook, table: SheetTable, title: PrintTitle): void {
  const sheet = book.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as the rows need
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&B${amp(title.councilName)}&B — ${amp(table.name)}&R${amp(title.periodLabel)}`,
      oddFooter: '&LGolden Thread&RPage &P of &N',
    },
  });
  const header = sheet.getRow(1);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    // Named, so LibreOffice does not fall back to a serif face for the header alone.
    cell.font = { name: 'Calibri', size: 11, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = {
      wrapText: true,
      vertical: 'bottom',
      horizontal: c.numeric ? 'right' : 'left',
    };
  });
  table.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((v, i) => writeCell(row.getCell(i + 1), v));
  });
  const widths = table.columns.map((c, i) =>
    fittedWidth(
      c,
      table.rows.map((r) => r[i] ?? null),
    ),
  );
  // Rows are given their height: LibreOffice keeps the default height for an xlsx row that has
  // none, so wrapped text would spill over the row below.
  const heightOf = (cells: TableCell[]) =>
    LINE_HEIGHT * Math.max(1, ...cells.map((v, i) => wrappedLines(textOf(v), widths[i]!)));
  header.height = heightOf(table.columns.map((c) => c.header));
  table.rows.forEach((values, r) => {
    sheet.getRow(r + 2).height = heightOf(values);
  });
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widths[i]!;
    // A right-aligned figure is indented, so it does not run into the next column's words.
    column.alignment = c.numeric
      ? { wrapText: true, vertical: 'top', horizontal: 'right', indent: 1 }
      : { wrapText: true, vertical: 'top', horizontal: 'left' };
  });
  // The header keeps its own alignment (bottom) over the column's (top).
  header.eachCell((cell, i) => {
    cell.alignment = {
      wrapText: true,
      vertical: 'bottom',
      horizontal: table.columns[i - 1]?.numeric ? 'right' : 'left',
      indent: table.columns[i - 1]?.numeric ? 1 : 0,
    };
  });
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
    };
  }
}

/** `&` starts a code in Excel's header and footer language; a literal one is written `&&`. */
const amp = (text: string): string => text.replace(/&/g, '&&');
