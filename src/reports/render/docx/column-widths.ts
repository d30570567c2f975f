// A table's column widths, chosen from its content and written into the document, because Word,
// LibreOffice, Google Docs and Word Online each size an "auto" table their own way (LibreOffice
// gives every column the same width and splits long words mid-word). Every column is at least as
// wide as its longest unbreakable word; the rest of the page goes where the text is longest, or
// to the shares a block asks for, as far as those minimums allow.

/** What a column needs, in twentieths of a point (twips). */
export interface ColumnNeed {
  /** The longest word, so nothing is split mid-word. */
  min: number;
  /** The longest line, so each line of text would fit on one line. */
  max: number;
}

/** The most of the page's width a column's longest line counts for. */
const LONG_LINE = 0.4;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The widths the content asks for. When every line fits, each column gets its longest line and
 * the page left over goes to the columns that would still wrap (long titles, commentary), else to
 * all in proportion; when not, each column gets its longest word and a share of the rest in
 * proportion to how much more its longest line needs.
 */
function fromContent(needs: ColumnNeed[], total: number): number[] {
  // A column of long commentary would otherwise take nearly all the room and squeeze its
  // neighbours to one word a line; none asks for more than LONG_LINE of the page.
  const maxes = needs.map((n) => Math.max(n.min, Math.min(n.max, total * LONG_LINE)));
  const widest = sum(maxes);
  if (widest <= total) {
    const wraps = needs.map((n, i) => Math.max(0, n.max - maxes[i]!));
    const weights = sum(wraps) > 0 ? wraps : maxes;
    const weight = sum(weights);
    return maxes.map((m, i) => m + (weights[i]! / weight) * (total - widest));
  }
  const mins = needs.map((n) => n.min);
  const slack = widest - sum(mins);
  return needs.map((n, i) => n.min + ((maxes[i]! - n.min) / slack) * (total - sum(mins)));
}

/**
 * Widths for `needs` that add up to `total`: `shares` (relative, one per column) when given, else
 * the content's own proportions; then every column is raised to its minimum, taking the difference
 * from the columns with room to spare. When the minimums cannot all fit, they are scaled down
 * together (the only case where a word can still break).
 */
export function columnWidths(needs: ColumnNeed[], total: number, shares?: number[]): number[] {
  const mins = needs.map((n) => n.min);
  if (sum(mins) >= total)
    return settle(
      mins.map((m) => (m / sum(mins)) * total),
      total,
    );
  const shareSum = shares ? sum(shares) : 0;
  const wanted =
    shares && shares.length === needs.length && shareSum > 0
      ? shares.map((s) => (s / shareSum) * total)
      : fromContent(needs, total);
  const widths = wanted.map((w, i) => Math.max(w, mins[i]!));
  const excess = sum(widths) - total;
  const room = widths.map((w, i) => w - mins[i]!);
  const spare = sum(room);
  return settle(
    widths.map((w, i) => (excess > 0 ? w - (room[i]! / spare) * excess : w)),
    total,
  );
}

/** Whole twips that add up to `total` exactly (the last column takes the rounding). */
function settle(widths: number[], total: number): number[] {
  const whole = widths.map((w) => Math.floor(w));
  whole[whole.length - 1]! += total - sum(whole);
  return whole;
}
