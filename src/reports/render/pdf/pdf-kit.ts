// Shared pdfkit helpers: a document set up for en-GB reports, buffered so page numbers and the
// contents page can be written once every page exists, and a simple wrapping table. Documents are
// tagged (structure for screen readers) with their language and a title shown in the title bar.
import PDFDocument from 'pdfkit';
import type { RatingText } from '../../model/types.js';
import { shapeOf, swatchOf, type RatingShape } from '../palette.js';
import { artifact, endStructure, group, startStructure, tagged } from './pdf-tags.js';

export type Pdf = InstanceType<typeof PDFDocument>;

export const MARGIN = 50;

export function newPdf(
  title: string,
  author: string,
  layout: 'portrait' | 'landscape' = 'portrait',
): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: title, Author: author, Creator: 'Golden Thread' },
  });
  startStructure(doc);
  return doc;
}

export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    endStructure(doc);
    doc.end();
  });
}

export interface Column {
  header: string;
  /** Share of the usable width. */
  width: number;
  /** A column of figures, right-aligned (its header too) so the digits line up. */
  align?: 'right';
}

export type CellValue = string | RatingText;

const textOf = (v: CellValue) => (typeof v === 'string' ? v : v.label);

/** Room left of a rating's label for its shape. */
const SHAPE_ROOM = 10;

/** A rating's shape, `size` across, its top-left corner at (x, y). */
export function drawShape(
  doc: Pdf,
  shape: RatingShape,
  x: number,
  y: number,
  size: number,
  colour: string,
): void {
  const r = size / 2;
  if (shape === 'circle') doc.circle(x + r, y + r, r).fill(colour);
  else if (shape === 'ring')
    doc
      .circle(x + r, y + r, r - 0.5)
      .lineWidth(1)
      .stroke(colour);
  else if (shape === 'square') doc.rect(x, y, size, size).fill(colour);
  else doc.polygon([x + r, y], [x + size, y + size], [x, y + size]).fill(colour);
}

/** A table that wraps cell text, breaks across pages and repeats its header. */
export function drawTable(doc: Pdf, columns: Column[], rows: CellValue[][], fontSize = 8): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * usable);
  const pad = 3;
  const inset = (cell: CellValue | undefined) =>
    cell && typeof cell !== 'string' ? SHAPE_ROOM : 0;
  const heightOf = (cells: CellValue[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
    const heights = cells.map((c, i) =>
      doc.heightOfString(textOf(c), { width: widths[i]! - 2 * pad - inset(c) }),
    );
    return Math.max(...heights) + 2 * pad;
  };
  const headers = columns.map((c) => c.header);
  /** `repeat`: the header again at the top of a new page, decoration for a screen reader. */
  const drawRow = (cells: CellValue[], kind: 'header' | 'body' | 'repeat') => {
    const header = kind !== 'body';
    const texts = cells.map(textOf);
    const h = heightOf(cells, header);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!header) drawRow(headers, 'repeat');
    }
    const y = doc.y;
    const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    artifact(doc, () => {
      cells.forEach((cell, i) => {
        const fill = header
          ? '#e1dfdd'
          : typeof cell === 'string'
            ? null
            : swatchOf(cell.state).tint;
        if (fill) doc.rect(xs[i]!, y, widths[i]!, h).fill(fill);
        doc.rect(xs[i]!, y, widths[i]!, h).lineWidth(0.5).stroke('#8a8886');
        if (!header && typeof cell !== 'string') {
          const size = fontSize * 0.75;
          drawShape(
            doc,
            shapeOf(cell.state),
            xs[i]! + pad,
            y + pad + 1,
            size,
            swatchOf(cell.state).solid,
          );
        }
      });
    });
    const write = (i: number) => {
      const bold = header || typeof cells[i] !== 'string';
      doc
        .fillColor('#000000')
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(fontSize);
      const room = header ? 0 : inset(cells[i]);
      doc.text(texts[i]!, xs[i]! + pad + room, y + pad, {
        width: widths[i]! - 2 * pad - room,
        align: columns[i]?.align ?? 'left',
      });
    };
    if (kind === 'repeat') artifact(doc, () => texts.forEach((_, i) => write(i)));
    else
      group(doc, 'TR', () =>
        texts.forEach((_, i) =>
          tagged(doc, header ? 'TH' : 'TD', () => write(i), header ? { scope: 'Column' } : {}),
        ),
      );
    doc.x = left;
    doc.y = y + h;
  };
  group(doc, 'Table', () => {
    drawRow(headers, 'header');
    for (const row of rows) drawRow(row, 'body');
  });
  doc.moveDown(0.8);
}

/** Writes "Page n of m" in every page's footer (after all pages exist). */
export function numberPages(doc: Pdf, label: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () => {
        doc.font('Helvetica').fontSize(8).fillColor('#323130');
        doc.text(`${label} · Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - 30, {
          width: doc.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        });
      },
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
}
