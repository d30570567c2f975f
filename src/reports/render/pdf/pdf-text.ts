// Text pieces of the PDF reports: headings kept with what follows them, paragraphs and labelled
// lines, each tagged for screen readers.
import { MARGIN, type Pdf } from './pdf-kit.js';
import { tagged } from './pdf-tags.js';

export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

const HEADING_SIZE = { 1: 18, 2: 13, 3: 11 } as const;

export function heading(doc: Pdf, text: string, level: 1 | 2 | 3, keepWith?: number): void {
  const size = HEADING_SIZE[level];
  ensureSpace(doc, keepWith ?? size * 4);
  doc.moveDown(0.4);
  tagged(doc, `H${level}`, () => {
    doc.font('Helvetica-Bold').fontSize(size).fillColor('#000000').text(text, MARGIN);
  });
  doc.moveDown(0.3);
}

export function paragraph(doc: Pdf, text: string): void {
  tagged(doc, 'P', () =>
    doc.font('Helvetica').fontSize(10).fillColor('#000000').text(text, MARGIN),
  );
  doc.moveDown(0.6);
}

export function labelled(doc: Pdf, label: string, text: string): void {
  tagged(doc, 'P', () => {
    doc.font('Helvetica-Bold').fontSize(9).text(`${label}: `, MARGIN, doc.y, { continued: true });
    doc.font('Helvetica').text(text || 'None given');
  });
  doc.moveDown(0.2);
}
