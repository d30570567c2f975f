// The indicator chart's geometry for the width it is given: type size, margins, the gutter on the
// right where the target, benchmark and forecast lines are named, and where those names go so
// they never sit on one another or leave the plot. Pure, so it is tested without a browser; the
// chart measures its column and calls this on every resize, so it fills 320 px and 1920 px alike.
import { textWidth } from './chart-labels.js';

export interface ChartFrame {
  width: number;
  height: number;
  font: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The right gutter for line names; 0 when the column is too narrow (the legend names them). */
  gutter: number;
}

/** Below this width the line names move out of the picture into the legend under it. */
export const GUTTER_MIN_WIDTH = 560;

export function chartFrame(
  width: number,
  opts: { large?: boolean; tickTexts: readonly string[]; lineTexts: readonly string[] },
): ChartFrame {
  const font = opts.large ? 22 : width < 480 ? 12 : 13;
  const ratio = opts.large ? 0.5 : 0.42;
  const [lo, hi] = opts.large ? [380, 640] : [240, 420];
  const height = Math.round(Math.min(hi, Math.max(lo, width * ratio)));
  const widestTick = Math.max(0, ...opts.tickTexts.map((t) => textWidth(t, font)));
  const widestLine = Math.max(0, ...opts.lineTexts.map((t) => textWidth(t, font)));
  // A gutter of at most a quarter of the width; longer names are shortened to fit it.
  const gutter =
    width >= GUTTER_MIN_WIDTH && opts.lineTexts.length > 0
      ? Math.min(widestLine + font, width * 0.25)
      : 0;
  const left = widestTick + font;
  // The latest marker (and the forecast's ring) sit on the plot's right edge: room for them.
  const right = width - font * 0.8 - gutter;
  // Room for two lines of axis words below: the month ("Sep") and, where it changes, the year.
  return { width, height, font, left, right, top: font, bottom: height - font * 3.6, gutter };
}

/** A name shortened with an ellipsis to fit `room` (estimated widths, like every chart label). */
export function fitText(text: string, room: number, font: number): string {
  if (textWidth(text, font) <= room) return text;
  const chars = Math.max(1, Math.floor(room / (font * 0.6)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}

/**
 * Baselines for names that want to sit at given heights (a line's y), moved apart so that no two
 * are closer than `gap` and none leaves top..bottom: sorted, pushed down where they crowd, then
 * pushed up from the bottom if the last one fell out. Returned in the order given.
 */
export function stackLabels(
  wanted: readonly number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const ys = order.map((o) => Math.min(bottom, Math.max(top, o.y)));
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + gap);
  if (ys.length && ys.at(-1)! > bottom) {
    ys[ys.length - 1] = bottom;
    for (let k = ys.length - 2; k >= 0; k--) ys[k] = Math.min(ys[k]!, ys[k + 1]! - gap);
  }
  const out: number[] = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}

/** `Sep 2025` → [`Sep`, `2025`]; `Q2 2025/26` → [`Q2`, `2025/26`]: the axis writes the year once. */
export function splitPeriodLabel(label: string): [string, string] {
  const space = label.indexOf(' ');
  return space < 0 ? [label, ''] : [label.slice(0, space), label.slice(space + 1)];
}

/** The decimals a tick needs for its step (0.5 needs one, 20 none), so no two ticks read alike. */
export function tickDecimals(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  // The fewest decimals that write the step exactly: 0.25 needs two, where 0.3 would mislead.
  for (let d = 0; d < 6; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return 6;
}
