// How wide a piece of text prints in Arial, so a table's columns can be chosen from their content.
// Word sets the reports in Arial; LibreOffice and Google Docs substitute Liberation Sans or Arimo,
// both drawn to Arial's advance widths, which are Helvetica's. The widths are the Adobe Core 14
// metrics for Helvetica and Helvetica-Bold (the AFM files pdfkit ships), in 1/1000 em.

/** Advance widths of U+0020–U+007E, in order. */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 278, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** The few other characters the reports print; anything else is taken as a full em, to be safe. */
const OTHER: Record<string, number> = {
  '–': 556,
  '—': 1000,
  '£': 556,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '·': 278,
  '…': 1000,
  '\u00A0': 278,
};

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32]!;
  return OTHER[ch] ?? 1000;
}

/** `units` (1/1000 em) at `halfPoints`, in twips: units/1000 em × (halfPoints/2) pt × 20 a point. */
function twips(units: number, halfPoints: number): number {
  return Math.ceil((units * halfPoints) / 100);
}

/** The printed width of `text` at `halfPoints` (docx's `size`), in twentieths of a point. */
export function textTwips(text: string, halfPoints: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return twips(units, halfPoints);
}

/** A run of text in one weight. */
export interface Run {
  text: string;
  bold: boolean;
}

/**
 * The widths of the pieces a paragraph may not be broken inside, in twips: it breaks at spaces
 * (not no-break spaces) and after a hyphen or dash, where Word and LibreOffice may also break
 * ("purchase-to-pay" can wrap after "purchase-"). Runs are joined first, so a word that spans two
 * runs (a shape and its label, joined by a no-break space) is one piece.
 */
export function wordWidths(runs: Run[], halfPoints: number): number[] {
  const widths: number[] = [];
  let units = 0;
  const close = () => {
    if (units > 0) widths.push(twips(units, halfPoints));
    units = 0;
  };
  for (const { text, bold } of runs) {
    for (const ch of text) {
      if (ch === ' ' || ch === '\t' || ch === '\n') {
        close();
        continue;
      }
      units += charWidth(ch, bold);
      if (ch === '-' || ch === '–' || ch === '—') close();
    }
  }
  close();
  return widths;
}
