// Draws a "Key points" slide: one editable bulleted text box, one paragraph per sentence.
import type { PackSlide } from './pack-plan.js';
import { contentSlide, FONT } from './draw-frame.js';
import { POINTS_INDENT, POINTS_PT } from './key-points-plan.js';
import type { Pptx } from './pptx-lib.js';
import { INK } from './rating-look.js';
import { BODY, BODY_HEIGHT, BODY_WIDTH, MARGIN } from './slide-grid.js';

export function drawKeyPoints(pptx: Pptx, s: Extract<PackSlide, { kind: 'key-points' }>): void {
  const slide = contentSlide(pptx, s.title);
  slide.addText(
    s.sentences.map((text) => ({
      text,
      options: {
        bullet: { indent: POINTS_INDENT * 72 },
        breakLine: true,
        paraSpaceAfter: POINTS_PT / 2,
      },
    })),
    {
      x: MARGIN,
      y: BODY.top,
      w: BODY_WIDTH,
      h: BODY_HEIGHT,
      fontFace: FONT,
      fontSize: POINTS_PT,
      color: INK,
      valign: 'top',
      margin: 0,
    },
  );
}
