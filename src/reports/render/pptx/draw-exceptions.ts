// Exceptions two to a slide, each a card: the indicator, its figure against target with the
// rating's shape and word, the direction of travel, why, and the action plan. The notes hold the
// full text of both (the cards' text is held to the card).
import type { IndicatorEntry } from '../../model/types.js';
import {
  CARD_TEXT_PT,
  exceptionFigures,
  exceptionHeading,
  exceptionLines,
  exceptionNotes,
  HEADING_PT,
} from './exception-text.js';
import { directionCells, type PackSlide } from './pack-plan.js';
import type { Pptx, Slide, TextProps } from './pptx-lib.js';
import { contentSlide, FONT } from './draw-frame.js';
import { BRAND, INK, MUTED, ratingWords, slideLook } from './rating-look.js';
import { BODY, BODY_HEIGHT, CARD_GAP, CARD_PAD, CARD_WIDTH, MARGIN } from './slide-grid.js';

type Of<K extends PackSlide['kind']> = Extract<PackSlide, { kind: K }>;

function drawCard(pptx: Pptx, slide: Slide, e: IndicatorEntry, x: number): void {
  const look = slideLook(e.rating.state);
  const y = BODY.top;
  const inner = CARD_WIDTH - 2 * CARD_PAD;
  slide.addShape(pptx.ShapeType.rect, {
    x,
    y,
    w: CARD_WIDTH,
    h: BODY_HEIGHT,
    fill: { color: 'FFFFFF' },
    line: { color: look.solid, width: 1.5 },
  });
  // A stripe down the left edge in the rating's colour.
  slide.addShape(pptx.ShapeType.rect, {
    x,
    y,
    w: 0.1,
    h: BODY_HEIGHT,
    fill: { color: look.solid },
  });
  const left = x + CARD_PAD + 0.05;
  slide.addText(exceptionHeading(e), {
    x: left,
    y: y + CARD_PAD,
    w: inner,
    h: 0.6,
    fontFace: FONT,
    fontSize: HEADING_PT,
    bold: true,
    color: BRAND,
    valign: 'top',
    margin: 0,
  });
  const [value, target] = exceptionFigures(e);
  const figures: TextProps[] = [{ text: value, options: { fontSize: 22, bold: true } }];
  if (target)
    figures.push({ text: `   target ${target}`, options: { fontSize: 15, color: MUTED } });
  slide.addText(figures, {
    x: left,
    y: y + CARD_PAD + 0.68,
    w: inner - 1.7,
    h: 0.42,
    fontFace: FONT,
    color: INK,
    valign: 'middle',
    margin: 0,
  });
  slide.addText(ratingWords(e.rating.state, e.rating.label), {
    x: left + inner - 1.6,
    y: y + CARD_PAD + 0.68,
    w: 1.55,
    h: 0.42,
    fontFace: FONT,
    fontSize: 15,
    bold: true,
    color: look.text,
    fill: { color: look.solid },
    align: 'center',
    valign: 'middle',
    margin: 0,
  });
  const [previous, lastYear] = directionCells(e);
  const direction = lastYear
    ? `Previous period: ${previous}\nSame period last year: ${lastYear}`
    : previous;
  slide.addText(direction, {
    x: left,
    y: y + CARD_PAD + 1.18,
    w: inner,
    h: 0.48,
    fontFace: FONT,
    fontSize: CARD_TEXT_PT,
    color: MUTED,
    valign: 'top',
    margin: 0,
  });
  const runs: TextProps[] = exceptionLines(e).flatMap((l) => [
    { text: `${l.label} `, options: { bold: true } },
    { text: l.text, options: { breakLine: true, paraSpaceAfter: 6 } },
  ]);
  slide.addText(runs, {
    x: left,
    y: y + CARD_PAD + 1.75,
    w: inner,
    h: BODY_HEIGHT - 1.75 - 2 * CARD_PAD,
    fontFace: FONT,
    fontSize: CARD_TEXT_PT,
    color: INK,
    valign: 'top',
    margin: 0,
  });
}

export function drawExceptions(pptx: Pptx, s: Of<'exceptions'>): void {
  const slide = contentSlide(pptx, s.title);
  s.entries.forEach((e, i) => drawCard(pptx, slide, e, MARGIN + i * (CARD_WIDTH + CARD_GAP)));
  slide.addNotes(exceptionNotes(s.entries));
}
