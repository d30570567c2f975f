// Where the chart's words go, so they never sit on top of each other: with twelve months the
// period labels ("Nov 2025Dec 2025…") and, on the stage's large type, neighbouring figures
// ("52.252.2") used to collide. Widths are estimated from the font size (no DOM measuring), with a
// margin, since the chart is an SVG drawn in one pass. Pure, so it is tested without a browser.

/** A generous average glyph width for the tab's fonts (digits and short month names). */
const EM_PER_CHAR = 0.6;

export function textWidth(text: string, font: number): number {
  return text.length * font * EM_PER_CHAR;
}

/**
 * Which period labels to draw along the x axis: every nth, counted back from the latest (the
 * period people look for), with n the smallest step at which the widest label fits between its
 * neighbours.
 */
export function axisLabelIndexes(
  labels: readonly string[],
  spacing: number,
  font: number,
): number[] {
  if (labels.length === 0) return [];
  const widest = Math.max(...labels.map((l) => textWidth(l, font)));
  const gap = font; // at least a letter's width of air between labels
  const step = spacing <= 0 ? labels.length : Math.max(1, Math.ceil((widest + gap) / spacing));
  const last = labels.length - 1;
  return labels.map((_, i) => i).filter((i) => (last - i) % step === 0);
}

/** Half a figure's box: figures are bold, and "%" and "£" are wider than the average glyph. */
export function valueHalfWidth(text: string, font: number): number {
  return textWidth(text, font) / 2 + font * 0.25;
}

export interface ValueLabel {
  x: number;
  /** The marker's centre. */
  y: number;
  text: string;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each figure's label goes: the text baseline's y above the marker, else below it, else null
 * (left out: the table under the chart has every figure). Placed from the latest figure back, so
 * the newest are the ones always written; a label never leaves the plot (top..bottom).
 */
export function placeValueLabels(
  labels: readonly (ValueLabel | null)[],
  font: number,
  marker: number,
  plot: { top: number; bottom: number; left?: number; right?: number },
): (number | null)[] {
  const placed: Box[] = [];
  const result: (number | null)[] = labels.map(() => null);
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i];
    if (!l) continue;
    const half = valueHalfWidth(l.text, font);
    const centre = labelCentre(l.x, half, plot);
    const above = l.y - marker - font * 0.3;
    const below = l.y + marker + font * 1.1;
    for (const baseline of [above, below]) {
      // The drawn text reaches about a font's height above its baseline and a quarter below.
      const box = {
        left: centre - half,
        right: centre + half,
        top: baseline - font,
        bottom: baseline + font * 0.3,
      };
      // Not above the plot, nor onto the period labels below it.
      if (box.top < plot.top - font / 2 || box.bottom > plot.bottom) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      result[i] = baseline;
      break;
    }
  }
  return result;
}

/**
 * Where a figure's label is centred: over its marker, unless that would push it past the plot's
 * side (the latest figure sits on the right edge), then as far in as it needs.
 */
export function labelCentre(
  x: number,
  half: number,
  plot: { left?: number; right?: number },
): number {
  const lo = plot.left === undefined ? -Infinity : plot.left + half;
  const hi = plot.right === undefined ? Infinity : plot.right - half;
  return lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, x));
}
