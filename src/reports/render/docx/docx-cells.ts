// Word table pieces shared by the report blocks: cells (one or several lines), a rating cell (the
// rating's label on its tint, so nothing depends on colour alone) and tables laid out in full in
// the document — fixed layout, the table's width, a grid column and a cell width for every column —
// with widths chosen from the content, so no office suite sizes them its own way or splits a word.
import { docx, type DocxNode } from './docx-lib.js';
import type { RatingText } from '../../model/types.js';
import type { Line } from '../key-action-text.js';
import { shapeOf, SHAPE_GLYPHS, swatchOf } from '../palette.js';
import { columnWidths, type ColumnNeed } from './column-widths.js';
import { TEXT_TWIPS } from './page.js';
import { textTwips, wordWidths, type Run } from './text-width.js';

const hex = (c: string) => c.slice(1).toUpperCase();

/** Table text is 9 pt (docx sizes are in half-points). */
const CELL_SIZE = 18;

/** Each side's cell margin, narrower than Word's 0.08" (115 twips), in twips. */
const CELL_MARGIN = 60;

/** Space above and below a cell's text, so it does not touch the borders, in twips. */
const CELL_PAD = 30;

/**
 * Room for the margins, the borders and rounding: LibreOffice and Word place glyphs on their own
 * grids, so a word measured to the twip may still not fit.
 */
const CELL_EXTRA = 2 * CELL_MARGIN + 60;

/** A table cell that knows how wide its content is and is built once its column's width is set. */
export interface Cell extends ColumnNeed {
  build(twips: number): DocxNode;
}

export interface CellOptions {
  bold?: boolean;
  fill?: string;
  /** Keep each line on one line (a period such as "Q1 2025/26", a figure, a date). */
  whole?: boolean;
  /** Right-aligned: a column of amounts, so the digits line up. */
  right?: boolean;
}

/** A run of the cell's text. */
interface Piece extends Run {
  color?: string;
}

const run = (p: Piece) =>
  new docx.TextRun({
    text: p.text,
    bold: p.bold,
    size: CELL_SIZE,
    ...(p.color ? { color: p.color } : {}),
  });

/** The widest unbreakable word of the cell (or its widest line, if whole) and its widest line. */
function measure(paragraphs: Piece[][], whole: boolean): ColumnNeed {
  let min = 0;
  let max = 0;
  for (const pieces of paragraphs) {
    const line = sum(pieces.map((p) => textTwips(p.text, CELL_SIZE, p.bold)));
    max = Math.max(max, line);
    min = Math.max(min, whole ? line : Math.max(0, ...wordWidths(pieces, CELL_SIZE)));
  }
  return { min: min + CELL_EXTRA, max: max + CELL_EXTRA };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const shading = (fill: string | undefined) =>
  fill ? { shading: { type: docx.ShadingType.CLEAR, fill: hex(fill), color: 'auto' } } : {};

const dxa = (twips: number) => ({ width: { size: twips, type: docx.WidthType.DXA } });

/** A cell of paragraphs made of runs. */
function textCell(paragraphs: Piece[][], fill?: string, whole = false, right = false): Cell {
  const alignment = right ? { alignment: docx.AlignmentType.RIGHT } : {};
  return {
    ...measure(paragraphs, whole),
    build: (twips) =>
      new docx.TableCell({
        children: paragraphs.map(
          (pieces) => new docx.Paragraph({ ...alignment, children: pieces.map(run) }),
        ),
        ...shading(fill),
        ...dxa(twips),
      }),
  };
}

export function cellOf(lines: Line[], opts: CellOptions = {}): Cell {
  const bold = opts.bold ?? false;
  return textCell(
    (lines.length > 0 ? lines : ['']).map((line) =>
      typeof line === 'string'
        ? [{ text: line, bold }]
        : [
            { text: `${line.label}: `, bold: true },
            { text: line.text, bold },
          ],
    ),
    opts.fill,
    opts.whole,
    opts.right,
  );
}

export function cell(text: string, opts: CellOptions = {}): Cell {
  return cellOf([text], opts);
}

/** A short figure, period, code or date, kept on one line ("Q1 2025/26", "£300,000"). */
export function figure(text: string, opts: CellOptions = {}): Cell {
  return cell(text, { ...opts, whole: true });
}

/**
 * The rating's shape (in its colour) and its label, on its tint. A no-break space keeps the shape
 * beside the label's first word.
 */
export function ratingCell(rating: RatingText): Cell {
  const swatch = swatchOf(rating.state);
  return textCell(
    [
      [
        {
          text: `${SHAPE_GLYPHS[shapeOf(rating.state)]}\u00A0`,
          bold: false,
          color: hex(swatch.solid),
        },
        { text: rating.label, bold: true },
      ],
    ],
    swatch.tint,
  );
}

/** A cell holding one picture `px` wide (docx sizes pictures in px at 96 dpi: 15 twips each). */
export function pictureCell(px: number, picture: () => DocxNode): Cell {
  const twips = px * 15 + CELL_EXTRA;
  return {
    min: twips,
    max: twips,
    build: (width) =>
      new docx.TableCell({
        children: [new docx.Paragraph({ children: [picture()] })],
        ...dxa(width),
      }),
  };
}

export interface TableLayout {
  /** Each column's relative share of the page, as a block asks for them. */
  shares?: number[];
  /**
   * The rows to size the columns from, when several tables should line up (one small table per
   * indicator of a block); by default the table's own rows.
   */
  sizedBy?: Cell[][];
  /** Columns whose header is right-aligned over right-aligned figures. */
  numeric?: number[];
}

/**
 * A table across the page's text width. The columns take the shares asked for, else the content's
 * proportions; either way no column is narrower than its longest word. The header row repeats on
 * every page the table runs onto, and a row is kept on one page.
 */
export function table(header: string[], rows: Cell[][], layout: TableLayout = {}): DocxNode {
  const head = header.map((h, i) =>
    cell(h, { bold: true, fill: '#e1dfdd', right: layout.numeric?.includes(i) ?? false }),
  );
  const sizing = layout.sizedBy ?? rows;
  // A heading may wrap ("Year-end / forecast"), so only its words count, not its length.
  const needs = head.map((h, col) => ({
    min: Math.max(h.min, ...sizing.map((r) => r[col]?.min ?? 0)),
    max: Math.max(h.min, ...sizing.map((r) => r[col]?.max ?? 0)),
  }));
  const widths = columnWidths(needs, TEXT_TWIPS, layout.shares);
  return new docx.Table({
    ...dxa(TEXT_TWIPS),
    layout: docx.TableLayoutType.FIXED,
    columnWidths: widths,
    margins: {
      marginUnitType: docx.WidthType.DXA,
      top: CELL_PAD,
      bottom: CELL_PAD,
      left: CELL_MARGIN,
      right: CELL_MARGIN,
    },
    rows: [head, ...rows].map(
      (cells, i) =>
        new docx.TableRow({
          ...(i === 0 ? { tableHeader: true } : {}),
          cantSplit: true,
          children: cells.map((c, col) => c.build(widths[col]!)),
        }),
    ),
  });
}

/** `before`: space above, in twentieths of a point (after a table, which has no margin). */
export function labelled(label: string, text: string, before = 0): DocxNode {
  return new docx.Paragraph({
    spacing: { before, after: 60 },
    children: [
      new docx.TextRun({ text: `${label}: `, bold: true }),
      new docx.TextRun(text || 'None given'),
    ],
  });
}

export function subheading(text: string): DocxNode {
  return new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_3, text, keepNext: true });
}
