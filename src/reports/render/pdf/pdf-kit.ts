// Shared pdfkit helpers: a document set up for en-GB reports, buffered so page numbers and the
// contents page can be written once every page exists, and a simple wrapping table.
import PDFDocument from 'pdfkit';
import type { RatingText } from '../../model/types.js';
import { swatchOf } from '../palette.js';

export type Pdf = InstanceType<typeof PDFDocument>;

export const MARGIN = 50;

export function newPdf(
  title: string,
  author: string,
  layout: 'portrait' | 'landscape' = 'portrait',
): Pdf {
  return new PDFDocument({
    size: 'A4',
    layout,
    margin: MARGIN,
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: title, Author: author, Creator: 'Golden Thread' },
  });
}

export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export interface Column {
  header: string;
  /** Share of the usable width. */
  width: number;
}

export type CellValue = string | RatingText;

const textOf = (v: CellValue) => (typeof v === 'string' ? v : v.label);

/** A table that wraps cell text, breaks across pages and repeats its header. */
export function drawTable(doc: Pdf, columns: Column[], rows: CellValue[][], fontSize = 8): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * usable);
  const pad = 3;
  const heightOf = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
    return (
      Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: widths[i]! - 2 * pad }))) +
      2 * pad
    );
  };
  const drawRow = (cells: CellValue[], header: boolean) => {
    const texts = cells.map(textOf);
    const h = heightOf(texts, header);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!header)
        drawRow(
          columns.map((c) => c.header),
          true,
        );
    }
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const w = widths[i]!;
      const fill = header ? '#e1dfdd' : typeof cell === 'string' ? null : swatchOf(cell.state).tint;
      if (fill) doc.rect(x, y, w, h).fill(fill);
      doc.rect(x, y, w, h).lineWidth(0.5).stroke('#8a8886');
      const bold = header || typeof cell !== 'string';
      doc
        .fillColor('#000000')
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(fontSize);
      doc.text(texts[i]!, x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(
    columns.map((c) => c.header),
    true,
  );
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.8);
}

/** Writes "Page n of m" in every page's footer (after all pages exist). */
export function numberPages(doc: Pdf, label: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#323130');
    doc.text(`${label} · Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - 30, {
      width: doc.page.width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
