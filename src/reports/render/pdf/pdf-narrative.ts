// The narrative summary on the title page: a heading and one bullet per sentence, tagged as a
// list, so the first page already says what the figures show (issue 19, item 5).
import { NARRATIVE_HEADING } from '../../model/narrative.js';
import { MARGIN, type Pdf } from './pdf-kit.js';
import { group, tagged } from './pdf-tags.js';

const BULLET_INDENT = 14;

export function drawNarrative(doc: Pdf, sentences: readonly string[]): void {
  if (sentences.length === 0) return;
  const width = doc.page.width - 2 * MARGIN;
  doc.moveDown(2.5);
  tagged(doc, 'H2', () =>
    doc.font('Helvetica-Bold').fontSize(13).fillColor('#000000').text(NARRATIVE_HEADING, MARGIN),
  );
  doc.moveDown(0.4);
  group(doc, 'L', () => {
    for (const sentence of sentences) {
      const y = doc.y;
      group(doc, 'LI', () => {
        tagged(doc, 'Lbl', () =>
          doc.font('Helvetica').fontSize(10).text('•', MARGIN, y, { lineBreak: false }),
        );
        tagged(doc, 'LBody', () =>
          doc.text(sentence, MARGIN + BULLET_INDENT, y, { width: width - BULLET_INDENT }),
        );
      });
      doc.moveDown(0.4);
    }
  });
}
