// The "Key points" slides: the report's narrative sentences straight after the title slide, as
// every report opens with them. Sentences are never cut (a summary with words missing could
// mislead): a long set continues on a further slide, "Key points (2 of 2)".
import { NARRATIVE_HEADING } from '../../model/narrative.js';
import { paginate, partTitle, type PackSlide } from './pack-plan.js';
import { BODY_HEIGHT, BODY_WIDTH } from './slide-grid.js';
import { heightOf, linesOf } from './text-fit.js';

/**
 * Read across a committee room (the pack's floor is 16 pt). At 18 pt the demo's five sentences
 * spilled one bullet onto a slide of its own, which looked like a mistake; at 16 they share one.
 */
export const POINTS_PT = 16;
/** Bullet indent (inches) and the space after each bullet, in lines. */
export const POINTS_INDENT = 0.4;
const AFTER = 0.5;

const heightOfPoint = (sentence: string) =>
  heightOf(linesOf(sentence, BODY_WIDTH - POINTS_INDENT, POINTS_PT) + AFTER, POINTS_PT);

export function keyPointSlides(sentences: readonly string[]): PackSlide[] {
  const pages = paginate(sentences, BODY_HEIGHT, heightOfPoint);
  return pages.map((page, i) => ({
    kind: 'key-points',
    title: partTitle(NARRATIVE_HEADING, i + 1, pages.length),
    sentences: page,
  }));
}
