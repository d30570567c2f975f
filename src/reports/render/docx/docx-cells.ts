// Word table pieces shared by the report blocks: cells (one or several lines), a rating cell (the
// rating's label on its tint, so nothing depends on colour alone) and tables whose columns have
// the widths given — written into the table grid too, since LibreOffice and Word lay a table out
// from its grid, and equal columns cut long titles into one word a line.
import { docx, type DocxNode } from './docx-lib.js';
import type { RatingText } from '../../model/types.js';
import type { Line } from '../key-action-text.js';
import { shapeOf, SHAPE_GLYPHS, swatchOf } from '../palette.js';

const hex = (c: string) => c.slice(1).toUpperCase();

/** The text width of an A4 page with docx's default 1-inch margins, in twentieths of a point. */
const PAGE_TWIPS = 11906 - 2 * 1440;

export interface CellOptions {
  bold?: boolean;
  fill?: string;
  width?: number;
}

const run = (text: string, bold: boolean) => new docx.TextRun({ text, bold, size: 18 });

export function cellOf(lines: Line[], opts: CellOptions = {}): DocxNode {
  const bold = opts.bold ?? false;
  return new docx.TableCell({
    children: (lines.length > 0 ? lines : ['']).map(
      (line) =>
        new docx.Paragraph({
          children:
            typeof line === 'string'
              ? [run(line, bold)]
              : [run(`${line.label}: `, true), run(line.text, bold)],
        }),
    ),
    ...(opts.fill
      ? { shading: { type: docx.ShadingType.CLEAR, fill: hex(opts.fill), color: 'auto' } }
      : {}),
    ...(opts.width ? { width: { size: opts.width, type: docx.WidthType.PERCENTAGE } } : {}),
  });
}

export function cell(text: string, opts: CellOptions = {}): DocxNode {
  return cellOf([text], opts);
}

/** The rating's shape (in its colour) and its label, on its tint. */
export function ratingCell(rating: RatingText): DocxNode {
  const swatch = swatchOf(rating.state);
  return new docx.TableCell({
    children: [
      new docx.Paragraph({
        children: [
          new docx.TextRun({
            text: `${SHAPE_GLYPHS[shapeOf(rating.state)]} `,
            color: hex(swatch.solid),
            size: 18,
          }),
          run(rating.label, true),
        ],
      }),
    ],
    shading: { type: docx.ShadingType.CLEAR, fill: hex(swatch.tint), color: 'auto' },
  });
}

/** `widths` are percentages of the page's text width, one per column. */
export function table(header: string[], rows: DocxNode[][], widths?: number[]): DocxNode {
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    // Narrower side margins than Word's 0.08" (115 twips), so a word such as "Provisional" or a
    // code fits its column rather than breaking inside the word.
    margins: { marginUnitType: docx.WidthType.DXA, left: 60, right: 60 },
    ...(widths
      ? {
          columnWidths: widths.map((w) => Math.round((w / 100) * PAGE_TWIPS)),
          layout: 'fixed',
        }
      : {}),
    rows: [
      new docx.TableRow({
        tableHeader: true,
        children: header.map((h, i) =>
          cell(h, { bold: true, fill: '#e1dfdd', ...(widths ? { width: widths[i] } : {}) }),
        ),
      }),
      ...rows.map((children) => new docx.TableRow({ cantSplit: true, children })),
    ],
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
