// The "Key points" on the one-page dashboard: the same sentences as the tab's dashboard, under the
// title and before the tiles, as every report opens with them. The page must stay one page, so
// the text is small and each bullet is held to MAX_LINES (PDFKit ends a longer one with an
// ellipsis); the rules already keep sentences short by naming codes alone beyond three.
import { NARRATIVE_HEADING } from '../../model/narrative.js';
import type { Pdf } from './pdf-kit.js';
import { group, tagged } from './pdf-tags.js';

const SIZE = 8;
const MAX_LINES = 3;
const INDENT = 10;

/** Draws the heading and bullets from `y`; returns where the next part may start. */
export function drawDashboardPoints(
  doc: Pdf,
  sentences: readonly string[],
  x: number,
  y: number,
  width: number,
): number {
  if (sentences.length === 0) return y;
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000000');
  tagged(doc, 'H2', () => doc.text(NARRATIVE_HEADING, x, y, { lineBreak: false }));
  let at = y + 14;
  doc.font('Helvetica').fontSize(SIZE);
  const lineHeight = doc.currentLineHeight(true);
  group(doc, 'L', () => {
    for (const sentence of sentences) {
      group(doc, 'LI', () => {
        tagged(doc, 'Lbl', () => doc.text('•', x, at, { lineBreak: false }));
        tagged(doc, 'LBody', () =>
          doc.text(sentence, x + INDENT, at, {
            width: width - INDENT,
            height: lineHeight * MAX_LINES,
            ellipsis: true,
          }),
        );
      });
      at = doc.y + 2;
    }
  });
  return at + 4;
}
