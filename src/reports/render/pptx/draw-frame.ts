// What every content slide has: its title at the top and a footer naming the council, the period
// and the slide number, so a slide lifted into another deck still says where it came from.
import type { Pptx, Slide } from './pptx-lib.js';
import { BRAND, MUTED, RULE } from './rating-look.js';
import { BODY, BODY_WIDTH, FOOTER, MARGIN, SLIDE, TITLE } from './slide-grid.js';
import { linesOf } from './text-fit.js';

export const FONT = 'Calibri';
export const MASTER = 'GOLDEN_THREAD_PACK';

export function defineMaster(pptx: Pptx, footer: string): void {
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE.width, h: 0.12, fill: { color: BRAND } } },
      {
        line: {
          x: MARGIN,
          y: FOOTER.y - 0.08,
          w: BODY_WIDTH,
          h: 0,
          line: { color: RULE, width: 0.75 },
        },
      },
      {
        text: {
          text: footer,
          options: {
            x: MARGIN,
            y: FOOTER.y,
            w: BODY_WIDTH - 1.2,
            h: FOOTER.height,
            fontFace: FONT,
            fontSize: FOOTER.pt,
            color: MUTED,
            margin: 0,
          },
        },
      },
    ],
    slideNumber: {
      x: SLIDE.width - MARGIN - 1,
      y: FOOTER.y,
      w: 1,
      h: FOOTER.height,
      fontFace: FONT,
      fontSize: FOOTER.pt,
      color: MUTED,
      align: 'right',
    },
  });
}

export function contentSlide(pptx: Pptx, title: string): Slide {
  const slide = pptx.addSlide({ masterName: MASTER });
  // A long priority name drops to the smaller size rather than wrapping into the body.
  const pt = linesOf(title, BODY_WIDTH, TITLE.pt) > 1 ? TITLE.smallPt : TITLE.pt;
  slide.addText(title, {
    x: MARGIN,
    y: TITLE.y,
    w: BODY_WIDTH,
    h: TITLE.height,
    fontFace: FONT,
    fontSize: pt,
    bold: true,
    color: BRAND,
    valign: 'middle',
    margin: 0,
    fit: 'shrink',
  });
  return slide;
}

/** Words at the top of a slide's body, across its full width: a lead-in sentence or a message. */
export function bodyText(
  slide: Slide,
  text: string,
  look: { height: number; pt: number; color: string },
): void {
  slide.addText(text, {
    x: MARGIN,
    y: BODY.top,
    w: BODY_WIDTH,
    h: look.height,
    fontFace: FONT,
    fontSize: look.pt,
    color: look.color,
    margin: 0,
  });
}
