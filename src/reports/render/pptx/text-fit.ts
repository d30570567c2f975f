// How much room a text needs on a slide, estimated before it is drawn: slides do not grow, so a list
// that would run off the bottom is split onto a further slide instead. The estimate is deliberately
// generous (an average Calibri glyph is about half an em; we allow 0.55) so a slide errs on the side
// of white space rather than text cut off in PowerPoint or LibreOffice.
const GLYPH_EM = 0.55;
/** Bold glyphs are wider: a bold heading clipped at the regular width wrapped onto a third line. */
const BOLD_EM = 0.62;
const LINE_EM = 1.2;

/** Lines a text wraps to in a box `width` inches wide at `pt` points (each paragraph at least one). */
export function linesOf(text: string, width: number, pt: number, bold = false): number {
  const em = bold ? BOLD_EM : GLYPH_EM;
  const perLine = Math.max(1, Math.floor(width / ((pt * em) / 72)));
  return text.split('\n').reduce((sum, para) => {
    let lines = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        // A word longer than the line breaks wherever it must.
        lines += Math.floor(Math.max(0, word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      }
    }
    return sum + lines;
  }, 0);
}

/** Height in inches of `lines` lines at `pt` points. */
export const heightOf = (lines: number, pt: number): number => (lines * pt * LINE_EM) / 72;

/** The text cut at a word so it fits `lines` lines, ending with an ellipsis when it was cut. */
export function clip(text: string, width: number, pt: number, lines: number, bold = false): string {
  if (linesOf(text, width, pt, bold) <= lines) return text;
  const words = text.split(' ');
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (linesOf(`${words.slice(0, mid).join(' ')} …`, width, pt, bold) <= lines) lo = mid;
    else hi = mid - 1;
  }
  return `${words.slice(0, lo).join(' ')} …`;
}
