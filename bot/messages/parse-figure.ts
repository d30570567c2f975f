// Numbers as officers type them: `1,234`, `12.5%`, `£3,400`, `-2.5`. Commas must group thousands
// (so `1,23` is refused rather than guessed at), and a unit sign is allowed but not required.
export const FIGURE_PATTERN = String.raw`[-−]?£?[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?`;

const WHOLE = new RegExp(`^${FIGURE_PATTERN}$`);

/** The number in `text`, or null when it is not a number as a person would write one. */
export function parseFigure(text: string): number | null {
  const compact = text.trim().replace(/\s+/g, '');
  if (!WHOLE.test(compact)) return null;
  const negative = /[-−]/.test(compact);
  const digits = compact.replace(/[-−£%,]/g, '');
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}
